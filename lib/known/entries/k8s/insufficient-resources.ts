import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "k8s.insufficient-resources",
  category: "tool.container",
  priority: 1,
  match: [/(?<avail>\d{1,5})\/(?<total>\d{1,5}) nodes are available:[^\n]{0,300}?Insufficient (?<res>[\w./-]{1,60})/, /No nodes are available that match all of the following predicates:[^\n]{0,40}Insufficient (?<res>[\w./-]{1,60})/],
  title: (c) => t(`没有节点有足够的 ${c.g.res ?? "资源"} 来调度这个 Pod`, `No node has enough ${c.g.res ?? "resources"} to schedule the pod`),
  summary: (c) =>
    t(
      `调度器只按 Pod 的 resources.requests 和节点上尚未分配的容量来放 Pod（不看实际用量）。${c.g.total ? `集群 ${c.g.total} 个节点里` : "所有节点里"}没有一个剩余的 ${c.g.res ? ic(c.g.res) : "资源"} 装得下这个 Pod 的请求，所以它停在 Pending。`,
      `The scheduler places pods by their resources.requests against each node's unallocated capacity (not actual usage). ${c.g.total ? `None of the ${c.g.total} nodes` : "No node"} has enough unallocated ${c.g.res ? ic(c.g.res) : "resources"} for this pod's requests, so it stays Pending.`,
    ),
  causes: [
    t("Pod 的 requests 设得比任何单个节点的可分配容量还大", "the pod's requests exceed what any single node can allocate"),
    t("节点已经被其他 Pod 的 requests 占满（即使实际用量不高）", "nodes are already fully requested by other pods (even if actual usage is low)"),
    t("nodeSelector / 亲和性 / 污点把可选节点缩小到了没有余量的那几个（消息里的 didn't match / untolerated taint 计数）", "nodeSelector, affinity or taints narrow the choice to nodes without room (the didn't match / untolerated taint counts in the message)"),
  ],
  solutions: [
    {
      title: t("对比 Pod 的 requests 和节点的已分配量", "Compare the pod's requests with what nodes have allocated"),
      steps: [t("describe node 的 Allocated resources 段显示已被 requests 占用的比例；据此降低 requests，或扩容/增加节点。", "The Allocated resources section of describe node shows how much is already requested; lower the requests, or add or enlarge nodes.")],
      code: () => block("bash", ['POD="${POD:?set POD to the pod name}"', "kubectl get pod \"$POD\" -o jsonpath='{.spec.containers[*].resources}'", 'kubectl describe nodes | grep -A 8 "Allocated resources"']),
    },
    {
      title: t("或者放宽调度约束", "Or relax the scheduling constraints"),
      steps: [t("如果大部分节点因为 node selector 或污点被排除，检查这些约束是否真的必要。", "If most nodes are excluded by a node selector or taints, check whether those constraints are really needed.")],
    },
  ],
  docs: ["https://kubernetes.io/docs/concepts/configuration/manage-compute-resources-container/", "https://github.com/kubernetes/kubernetes/issues/45237"],
  samples: [
    { text: "Warning  FailedScheduling  default-scheduler  0/2 nodes are available: 1 Insufficient memory, 1 node(s) didn't match node selector.", source: "https://github.com/microsoft/pai/issues/5577" },
    { text: "0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.", source: "https://github.com/harvester/harvester/issues/3136" },
  ],
});
