import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "k8s.kubectl-unauthorized",
  category: "tool.container",
  match: [/error: You must be logged in to the server \((?<reason>Unauthorized|the server has asked for the client to provide credentials)\)/],
  title: t("Kubernetes API server 不接受 kubeconfig 里的凭据（Unauthorized）", "The Kubernetes API server rejects the credentials in your kubeconfig (Unauthorized)"),
  summary: t(
    "kubectl 连上了 API server，但认证失败（HTTP 401）：当前 context 使用的令牌、客户端证书或云厂商登录已经失效，或者根本不属于这个集群。这和权限不足（Forbidden/403）不同，后者说明身份已被认出。",
    "kubectl reached the API server but authentication failed (HTTP 401): the token, client certificate or cloud login used by the current context has expired or does not belong to this cluster. This differs from Forbidden (403), where the identity is known but lacks permission.",
  ),
  causes: [
    t("云厂商的临时令牌过期（EKS 的 aws eks get-token、GKE/AKS 登录、OIDC 令牌）", "a short-lived cloud token expired (EKS aws eks get-token, GKE/AKS login, OIDC tokens)"),
    t("kubeadm/minikube 集群的证书过期或被重建，本地 kubeconfig 还是旧的", "kubeadm or minikube certificates expired or the cluster was recreated, leaving an old kubeconfig"),
    t("当前 context 指向了另一个集群，或 ServiceAccount 令牌已被删除", "the current context points at another cluster, or the ServiceAccount token was deleted"),
    t("EKS：当前 IAM 身份没有映射到集群（aws-auth / access entries）", "EKS: the current IAM identity is not mapped into the cluster (aws-auth / access entries)"),
  ],
  solutions: [
    {
      title: t("确认当前 context 和身份", "Check the current context and identity"),
      steps: [t("看 kubectl 正在用哪个 context 和用户；-v=6 能看到请求发往哪个地址、返回的状态码。", "See which context and user kubectl uses; -v=6 shows which server the request goes to and the status it gets.")],
      code: () => block("bash", ["kubectl config current-context", "kubectl config view --minify", "kubectl get nodes -v=6 2>&1 | tail -5"]),
    },
    {
      title: t("重新获取凭据", "Fetch fresh credentials"),
      steps: [t("按集群类型重新生成 kubeconfig 条目；kubeadm 集群检查证书有效期（kubeadm certs check-expiration）并续期后重新复制 admin.conf。", "Regenerate the kubeconfig entry for your cluster type; on kubeadm clusters check certificate expiry (kubeadm certs check-expiration), renew, and copy admin.conf again.")],
      code: () =>
        block("bash", [
          "aws eks update-kubeconfig --name CLUSTER --region REGION        # EKS",
          "gcloud container clusters get-credentials CLUSTER --region REGION  # GKE",
          "az aks get-credentials --resource-group GROUP --name CLUSTER     # AKS",
          "sudo kubeadm certs check-expiration                              # kubeadm",
        ]),
    },
  ],
  docs: ["https://kubernetes.io/docs/reference/access-authn-authz/authentication/", "https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/kubeadm-certs/", "https://github.com/kubernetes/minikube/issues/8945"],
  samples: [
    { text: "(venv) ➜  ~ kubectl get pods\nerror: You must be logged in to the server (Unauthorized)", source: "https://github.com/azionaventures/workstation-setup/issues/9" },
    { text: "I0420 22:25:53.002248   67152 shortcut.go:89] Error loading discovery information: Unauthorized\nerror: You must be logged in to the server (Unauthorized)", source: "https://github.com/int128/kubelogin/issues/156" },
    { text: "error: You must be logged in to the server (the server has asked for the client to provide credentials)", source: "https://github.com/hasura/support/issues/125" },
  ],
});
