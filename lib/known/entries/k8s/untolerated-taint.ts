import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "k8s.untolerated-taint",
  category: "tool.container",
  priority: 1,
  match: [/node\(s\) had (?:untolerated )?taints? \{(?<taint>[\w./-]{1,120})(?::\s{0,2}(?<value>[\w.-]{0,60}))?\}/, "node(s) had taints that the pod didn't tolerate"],
  title: (c) => t(`节点带有污点 ${ic(c.g.taint ?? "")}，Pod 没有对应的容忍`, `Nodes carry the taint ${ic(c.g.taint ?? "")} and the pod does not tolerate it`),
  summary: (c) =>
    t(
      `调度器不会把 Pod 放到带有它不容忍的污点（taint）的节点上。${c.g.taint === "node-role.kubernetes.io/control-plane" || c.g.taint === "node-role.kubernetes.io/master" ? "这是控制平面节点的默认污点：单节点 kubeadm 集群里唯一的节点就是控制平面，所以普通 Pod 无处可去。" : c.g.taint === "node.kubernetes.io/not-ready" ? "node.kubernetes.io/not-ready 表示节点还没就绪，通常是还没有安装 CNI 网络插件。" : "消息列出了每类污点拒绝了多少个节点。"}`,
      `The scheduler never places a pod on a node with a taint it does not tolerate. ${c.g.taint === "node-role.kubernetes.io/control-plane" || c.g.taint === "node-role.kubernetes.io/master" ? "This is the control plane's default taint: in a single-node kubeadm cluster the only node is the control plane, so ordinary pods have nowhere to go." : c.g.taint === "node.kubernetes.io/not-ready" ? "node.kubernetes.io/not-ready means the node is not Ready yet, usually because no CNI network plugin is installed." : "The message counts how many nodes each taint excluded."}`,
    ),
  causes: [
    t("单节点集群：唯一的节点是带 control-plane 污点的控制平面", "a single-node cluster whose only node is the tainted control plane"),
    t("节点 NotReady（没装 CNI、kubelet 异常），被自动打上 not-ready 污点", "nodes are NotReady (no CNI, kubelet trouble) and get the not-ready taint automatically"),
    t("管理员为专用节点（GPU 等）设置了污点，而工作负载没有写 tolerations", "an administrator tainted dedicated nodes (GPU…) and the workload has no tolerations"),
  ],
  solutions: [
    {
      title: t("单节点测试集群：去掉控制平面的污点", "Single-node test cluster: remove the control-plane taint"),
      steps: [t("允许普通 Pod 调度到控制平面（只适合测试/单机集群）。", "Allow ordinary pods on the control plane (for test or single-machine clusters only).")],
      code: () => block("bash", ["kubectl get nodes -o custom-columns=NAME:.metadata.name,TAINTS:.spec.taints", "kubectl taint nodes --all node-role.kubernetes.io/control-plane-"]),
    },
    {
      title: t("not-ready：先让节点就绪", "not-ready: get the nodes Ready first"),
      steps: [t("kubectl get nodes 查看状态；安装 CNI 插件（Calico、Flannel、Cilium 等）或修复 kubelet 后污点会自动移除。专用节点则给工作负载添加匹配的 tolerations。", "Check kubectl get nodes; install a CNI plugin (Calico, Flannel, Cilium…) or fix kubelet and the taint goes away on its own. For dedicated nodes add matching tolerations to the workload.")],
    },
  ],
  docs: ["https://github.com/kubeedge/website/pull/272", "https://github.com/kubernetes-sigs/kubespray/issues/9989"],
  samples: [{ text: "Warning  FailedScheduling  61s (x2 over 6m23s)  default-scheduler  0/1 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling..", source: "https://github.com/kubernetes/kubernetes/issues/116133" }],
});
