import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "k8s.create-container-config-error",
  category: "tool.container",
  match: [
    /Error: (?<kind>secrets?|configmaps?) "(?<name>[\w.-]{1,253})" not found/,
    /couldn't find key (?<key>[\w.-]{1,253}) in (?<kind>Secret|ConfigMap) (?<name>[\w./-]{1,253})/,
    /\bCreateContainerConfigError\b/,
  ],
  title: (c) => (c.g.name ? t(`Pod 引用的 ${c.g.kind ?? ""} ${ic(c.g.name)} 不存在或缺少键`, `The pod references a missing ${c.g.kind ?? ""} ${ic(c.g.name)} (or key)`) : t("容器配置无法生成（CreateContainerConfigError）", "The container's configuration cannot be built (CreateContainerConfigError)")),
  summary: t(
    "镜像已拉取成功，但 kubelet 在创建容器时无法组装它的配置：最常见的是环境变量（env/envFrom）引用的 Secret 或 ConfigMap 不存在、在另一个命名空间、或缺少引用的键。API 在创建 Pod 时不检查这些引用，kubelet 会定期重试。",
    "The image was pulled, but kubelet cannot assemble the container's configuration: most often an env/envFrom reference to a Secret or ConfigMap that does not exist, lives in another namespace, or lacks the referenced key. The API does not check these references when the pod is created; kubelet keeps retrying.",
  ),
  causes: [
    t("Secret/ConfigMap 还没创建（Helm values 里的名字与实际不一致、创建顺序问题）", "the Secret/ConfigMap was not created yet (a name in Helm values differs from the real one, or creation order)"),
    t("它在另一个命名空间：Pod 只能引用同一命名空间的 Secret/ConfigMap", "it lives in another namespace: pods can only reference Secrets/ConfigMaps in their own namespace"),
    t("Secret 存在但没有被引用的 key", "the Secret exists but lacks the referenced key"),
  ],
  solutions: [
    {
      title: t("看事件里的具体缺失项，创建它或修正引用", "Read the exact missing item in the events, then create it or fix the reference"),
      steps: [t("kubectl describe pod 的 Events 写着缺哪个 Secret/ConfigMap/键；用 kubectl get secret,configmap -n <命名空间> 核对名字，补建后 Pod 会自动继续，不需要重建。", "The Events of kubectl describe pod name the missing Secret/ConfigMap/key; check names with kubectl get secret,configmap -n <namespace>; once it exists the pod continues on its own, no recreation needed.")],
    },
    {
      title: t("把可选的引用标记为 optional", "Mark optional references as optional"),
      steps: [t("若某个 Secret/ConfigMap 允许不存在，在 secretKeyRef / configMapRef 中设置 optional: true，Pod 就不会因缺少它而卡住。", "If a Secret/ConfigMap may legitimately be absent, set optional: true on the secretKeyRef / configMapRef so the pod does not block on it.")],
    },
  ],
  docs: ["https://kubernetes.io/docs/concepts/configuration/secret/#details", "https://github.com/kubernetes/kubernetes/issues/80466"],
  samples: [{ text: "Warning  Failed     4m11s (x6 over 4m53s)  kubelet, 10.0.0.5  Error: secret \"secretpostgresql\" not found", source: "https://github.com/reportportal/kubernetes/issues/178" }],
});
