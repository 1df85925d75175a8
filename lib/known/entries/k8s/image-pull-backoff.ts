import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "k8s.image-pull-backoff",
  category: "tool.container",
  match: [
    /(?:Back-off pulling|Failed to pull) image "(?<image>[^"\s]{1,300})"/,
    /\b(?:ImagePullBackOff|ErrImagePull)\b/,
  ],
  title: (c) => (c.g.image ? t(`节点拉取不到镜像 ${ic(c.g.image)}`, `The node cannot pull image ${ic(c.g.image)}`) : t("节点拉取不到容器镜像（ImagePullBackOff / ErrImagePull）", "The node cannot pull the container image (ImagePullBackOff / ErrImagePull)")),
  summary: t(
    "kubelet 拉取镜像失败（ErrImagePull），随后按递增的退避间隔重试（ImagePullBackOff，最长 300 秒）。describe pod 的 Events 里 Failed to pull image 那一行写着具体原因。",
    "kubelet failed to pull the image (ErrImagePull) and retries with a growing back-off (ImagePullBackOff, up to 300 seconds). The Failed to pull image line in the pod's Events gives the exact reason.",
  ),
  causes: [
    t("镜像名或标签写错，或该标签不存在（not found / manifest unknown）", "the image name or tag is wrong, or the tag does not exist (not found / manifest unknown)"),
    t("私有仓库没有配置 imagePullSecrets，或凭据失效（unauthorized / denied）", "a private registry without imagePullSecrets, or expired credentials (unauthorized / denied)"),
    t("节点访问不到仓库：网络、代理、DNS，或 Docker Hub 拉取限流（toomanyrequests）", "the node cannot reach the registry: network, proxy, DNS, or Docker Hub rate limiting (toomanyrequests)"),
    t("镜像没有节点架构对应的版本（no matching manifest for linux/arm64 等）", "the image has no variant for the node's architecture (no matching manifest for linux/arm64, …)"),
  ],
  solutions: [
    {
      title: t("从 Events 读出具体原因", "Read the exact reason from the Events"),
      steps: [t("看 Failed to pull image 后面的 rpc error：not found 就改名字/标签，unauthorized 就配凭据，连接错误就查节点网络。", "Read the rpc error after Failed to pull image: not found → fix the name/tag, unauthorized → add credentials, connection errors → check the node's network.")],
      code: (c) =>
        block("bash", [
          'POD="${POD:?set POD to the pod name}"',
          'kubectl get events --field-selector "involvedObject.name=$POD" --sort-by=.lastTimestamp',
          c.g.image ? `docker manifest inspect ${shq(c.g.image)}` : null,
        ]),
    },
    {
      title: t("私有仓库：创建拉取凭据并引用它", "Private registry: create a pull secret and reference it"),
      steps: [t("创建 docker-registry 类型的 Secret，在 Pod（或 ServiceAccount）的 imagePullSecrets 里引用它。", "Create a docker-registry Secret and list it under imagePullSecrets of the Pod (or its ServiceAccount).")],
      code: () =>
        block("bash", [
          'kubectl create secret docker-registry regcred --docker-server="$REGISTRY" --docker-username="$REGISTRY_USER" --docker-password="$REGISTRY_PASSWORD"',
          "kubectl patch serviceaccount default -p '{\"imagePullSecrets\": [{\"name\": \"regcred\"}]}'",
        ]),
    },
  ],
  docs: ["https://github.com/kubernetes/website/pull/28605", "https://cloud.google.com/kubernetes-engine/docs/troubleshooting#ImagePullBackOff"],
  samples: [
    { text: '  Normal   BackOff    2m (x6 over 4m)  kubelet  Back-off pulling image "tusenka/post-install-db-init:1.0.0"\n  Warning  Failed     2m (x6 over 4m)  kubelet  Error: ImagePullBackOff', source: "https://github.com/sagar-jadhav/helm-chart-hooks-example/issues/1" },
  ],
});
