import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "k8s.evicted-ephemeral-storage",
  category: "tool.container",
  match: [/The node was low on resource: (?<resource>ephemeral-storage|memory)\.(?: Threshold quantity: [\w.]{1,30}, available: [\w.]{1,30}\.)? Container (?<container>[\w.-]{1,63}) was using (?<usage>[\w.]{1,20})(?:, which exceeds its request of (?<request>[\w.]{1,20})|, request is (?<request2>[\w.]{1,20}))/],
  title: (c) =>
    c.g.resource === "memory"
      ? t(`节点内存不足，Pod 被驱逐（容器 ${c.g.container}）`, `Pod evicted: the node ran low on memory (container ${c.g.container})`)
      : t(`节点临时存储（ephemeral-storage）不足，Pod 被驱逐`, `Pod evicted: the node ran low on ephemeral storage`),
  summary: (c) => {
    const req = c.g.request ?? c.g.request2 ?? "";
    const noReq = req === "0";
    const what = c.g.resource === "memory" ? t("内存", "memory") : t("临时存储（容器可写层、日志、emptyDir）", "ephemeral storage (container writable layers, logs, emptyDir)");
    return t(
      `节点上的${what.zh}低于 kubelet 的驱逐阈值，kubelet 开始驱逐 Pod 来回收资源。它优先驱逐“用量超出请求（request）最多”的 Pod：容器 ${ic(c.g.container ?? "")} 用了 ${ic(c.g.usage ?? "")}${noReq ? "，而 request 是 0，所以无论用多少都算超出，最先被选中" : `，request 是 ${ic(req)}`}。被驱逐的 Pod 不会重启，会留下 Evicted 状态的记录，由控制器在别处重新创建。`,
      `The node's ${what.en} fell below kubelet's eviction threshold, so kubelet evicts pods to reclaim it, starting with those using the most above their request. Container ${ic(c.g.container ?? "")} was using ${ic(c.g.usage ?? "")}${noReq ? " against a request of 0, so any usage counts as excess and it was picked first" : ` against a request of ${ic(req)}`}. Evicted pods are not restarted; they stay as Evicted records while their controller creates replacements elsewhere.`,
    );
  },
  causes: [
    t("节点磁盘（/var/lib/kubelet、容器运行时目录）快满了：日志、镜像、emptyDir 写入过多", "the node's disk (/var/lib/kubelet, the runtime's directory) is nearly full: logs, images, emptyDir writes"),
    t("容器往自己的可写层或 emptyDir 写了大量临时文件（缓存、下载、转码）", "containers write large temporary files to their writable layer or emptyDir (caches, downloads, transcoding)"),
    t("Pod 没有设置 ephemeral-storage / memory 的 request，驱逐时排在最前面", "pods set no ephemeral-storage/memory request, so they are first in line for eviction"),
  ],
  solutions: [
    {
      title: t("查看节点压力和占用大户", "Look at node pressure and the biggest consumers"),
      steps: [t("看节点的 DiskPressure/MemoryPressure 状态和驱逐事件；在节点上查磁盘用量，清理不用的镜像。", "Check the node's DiskPressure/MemoryPressure conditions and eviction events; check disk usage on the node and prune unused images.")],
      code: () => block("bash", ["kubectl get pods -A --field-selector=status.phase=Failed | grep Evicted", "kubectl describe node NODE_NAME | grep -A8 Conditions", "# on the node:", "df -h /var/lib/kubelet /var/lib/containerd", "sudo crictl rmi --prune"]),
    },
    {
      title: t("给容器设置 request/limit，并把大文件放到持久卷", "Set requests and limits, and move big files to a volume"),
      steps: [t("为 ephemeral-storage（或内存）设置合理的 request，让调度器按真实用量放置 Pod；大量临时数据改用 PVC 或带 sizeLimit 的 emptyDir。清理遗留的 Evicted 记录可用 kubectl delete pod --field-selector=status.phase=Failed。", "Set a realistic ephemeral-storage (or memory) request so the scheduler places pods by real usage; put bulky temporary data on a PVC or an emptyDir with sizeLimit. Clean up leftover Evicted records with kubectl delete pod --field-selector=status.phase=Failed.")],
      code: () =>
        block("yaml", [
          "resources:",
          "  requests:",
          "    ephemeral-storage: 2Gi",
          "  limits:",
          "    ephemeral-storage: 4Gi",
        ]),
    },
  ],
  docs: ["https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/", "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#local-ephemeral-storage", "https://github.com/kubernetes/kubernetes/issues/91600"],
  samples: [
    { text: "Status:         Failed\nReason:         Evicted\nMessage:        The node was low on resource: ephemeral-storage. Container ebaogi-bff-app was using 34260Ki, which exceeds its request of 0.", source: "https://github.com/kubernetes/kubernetes/issues/94073" },
    { text: "Status:       Failed\nReason:       Evicted\nMessage:      The node was low on resource: ephemeral-storage. Threshold quantity: 2146223340, available: 1883424Ki. Container helmer was using 10304Ki, request is 10Mi, has larger consumption of ephemeral-storage.", source: "https://github.com/cloud-ark/kubeplus/issues/1382" },
  ],
});
