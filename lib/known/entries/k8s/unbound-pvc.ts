import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "k8s.unbound-pvc",
  category: "tool.container",
  match: ["pod has unbound immediate PersistentVolumeClaims", "no persistent volumes available for this claim and no storage class is set"],
  title: t("Pod 引用的 PVC 还没有绑定到任何卷", "The pod's PersistentVolumeClaim is not bound to any volume"),
  summary: t(
    "Pod 使用的 PersistentVolumeClaim 处于 Pending：既没有现成的 PersistentVolume 满足它，也没有 StorageClass 的 provisioner 为它动态创建卷，所以调度器无法放置这个 Pod。",
    "The pod's PersistentVolumeClaim is Pending: no existing PersistentVolume satisfies it and no StorageClass provisioner creates one for it, so the scheduler cannot place the pod.",
  ),
  causes: [
    t("集群没有默认 StorageClass（自建集群、kubeadm、部分本地集群常见），而 PVC 没写 storageClassName", "the cluster has no default StorageClass (common on kubeadm and self-built clusters) and the PVC names none"),
    t("PVC 指定的 storageClassName 不存在，或其 provisioner 没有运行", "the PVC's storageClassName does not exist, or its provisioner is not running"),
    t("手动创建的 PV 与 PVC 的容量、访问模式或 storageClassName 不匹配", "a manually created PV does not match the claim's size, access mode or storageClassName"),
  ],
  solutions: [
    {
      title: t("看 PVC 的事件和集群里的 StorageClass", "Read the claim's events and the cluster's StorageClasses"),
      steps: [t("kubectl describe pvc 的 Events 会说明为什么没绑定；kubectl get storageclass 里带 (default) 的才是默认类。", "kubectl describe pvc explains in its Events why it is unbound; only a class marked (default) in kubectl get storageclass is the default.")],
      code: () => block("bash", ["kubectl get pvc", "kubectl describe pvc", "kubectl get storageclass"]),
    },
    {
      title: t("设置默认 StorageClass，或在 PVC 中指定一个存在的类", "Mark a default StorageClass, or name an existing class in the PVC"),
      steps: [t("给已有的 StorageClass 加上默认注解后，新的 PVC 会自动使用它；没有任何 provisioner 时需要先安装一个（云厂商 CSI 驱动或本地路径 provisioner）。", "Annotating an existing StorageClass as default makes new claims use it; with no provisioner at all, install one first (a cloud CSI driver or a local-path provisioner).")],
      code: () => block("bash", ['SC="${SC:?set SC to an existing StorageClass name}"', "kubectl patch storageclass \"$SC\" -p '{\"metadata\": {\"annotations\": {\"storageclass.kubernetes.io/is-default-class\": \"true\" } } }'"]),
    },
  ],
  docs: ["https://docs.huihoo.com/kubernetes/1.9/docs/concepts/storage/dynamic-provisioning/index.html", "https://docs.cloudera.com/cloudera-cloud-factory/2.0/working-with/topics/ccf-storage-classes.html"],
  samples: [
    { text: 'error while running "VolumeBinding" filter plugin for pod "pod1": pod has unbound immediate PersistentVolumeClaims', source: "https://github.com/kadalu/kadalu/issues/216" },
  ],
});
