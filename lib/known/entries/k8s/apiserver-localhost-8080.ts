import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "k8s.apiserver-localhost-8080",
  category: "tool.container",
  priority: 1,
  match: ["The connection to the server localhost:8080 was refused"],
  title: t("kubectl 没有找到 kubeconfig，退回到了 localhost:8080", "kubectl found no kubeconfig and fell back to localhost:8080"),
  summary: t(
    "kubectl 从 $HOME/.kube/config（或 KUBECONFIG、--kubeconfig）读取集群地址和凭据；一个都没有时它默认连接 localhost:8080，而那里通常没有 API server，于是连接被拒绝。",
    "kubectl reads the cluster address and credentials from $HOME/.kube/config (or KUBECONFIG, or --kubeconfig); with none of them it defaults to localhost:8080, where normally no API server listens, so the connection is refused.",
  ),
  causes: [
    t("当前用户没有 ~/.kube/config（例如在 worker 节点上、用 sudo 换了用户、或刚装完 kubeadm 还没复制 admin.conf）", "the current user has no ~/.kube/config (on a worker node, after sudo switched users, or right after kubeadm init before copying admin.conf)"),
    t("KUBECONFIG 指向了不存在的文件", "KUBECONFIG points at a file that does not exist"),
    t("本地集群（minikube、kind、Docker Desktop）没有启动，所以没有生成上下文", "the local cluster (minikube, kind, Docker Desktop) is not started, so no context was written"),
  ],
  solutions: [
    {
      title: t("给 kubectl 一个 kubeconfig", "Give kubectl a kubeconfig"),
      steps: [
        t("kubeadm 控制平面上：把 /etc/kubernetes/admin.conf 复制到当前用户的 ~/.kube/config。托管集群：用云厂商 CLI 生成（如 aws eks update-kubeconfig、az aks get-credentials）。", "On a kubeadm control plane copy /etc/kubernetes/admin.conf to the user's ~/.kube/config. For managed clusters generate it with the provider CLI (aws eks update-kubeconfig, az aks get-credentials…)."),
      ],
      code: () => block("bash", ['mkdir -p "$HOME/.kube"', 'sudo cp -i /etc/kubernetes/admin.conf "$HOME/.kube/config"', 'sudo chown "$(id -u):$(id -g)" "$HOME/.kube/config"', "kubectl config current-context", "kubectl get nodes"]),
    },
    {
      title: t("本地集群：先启动集群再使用 kubectl", "Local clusters: start the cluster before using kubectl"),
      steps: [t("minikube start、kind create cluster 或在 Docker Desktop 中启用 Kubernetes 后会写入 kubeconfig 上下文；用 kubectl config get-contexts 确认当前上下文存在。", "minikube start, kind create cluster, or enabling Kubernetes in Docker Desktop writes the kubeconfig context; confirm it with kubectl config get-contexts.")],
    },
  ],
  docs: ["https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", "https://github.com/eip-work/kuboard-press/issues/2"],
  samples: [
    { text: "$ ./kustomize build . | kubectl apply -f -\nThe connection to the server localhost:8080 was refused - did you specify the right host or port?", source: "https://github.com/hpi-schul-cloud/jitsi-deployment/issues/15" },
  ],
});
