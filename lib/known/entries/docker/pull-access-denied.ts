import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "docker.pull-access-denied",
  category: "tool.container",
  match: [/pull access denied for (?<image>[\w./:-]{1,200}), repository does not exist or may require 'docker login'/],
  title: (c) => t(`拉不到镜像 ${ic(c.g.image ?? "")}：仓库不存在或需要登录`, `Cannot pull ${ic(c.g.image ?? "")}: no such repository, or login required`),
  summary: (c) =>
    t(
      `仓库（默认是 Docker Hub）对 ${ic(c.g.image ?? "")} 的拉取请求返回“拒绝”。出于安全考虑，“不存在”和“无权访问”报的是同一个错误，所以最常见的原因其实是名字写错，或者这个镜像只在本地构建过、从未推送。`,
      `The registry (Docker Hub by default) denied the pull of ${ic(c.g.image ?? "")}. For security it reports “does not exist” and “not allowed” the same way, so the most common cause is simply a wrong name, or an image that was only built locally and never pushed.`,
    ),
  causes: [
    t("镜像名拼错，或缺少命名空间/仓库前缀（如 ghcr.io/组织/镜像）", "the image name is misspelt, or lacks its namespace/registry prefix (e.g. ghcr.io/org/image)"),
    t("镜像只在本机 build 过（或 compose 里的 image 名与 build 产物不一致），本地没有时 Docker 就去 Hub 拉取", "the image was only built locally (or compose's image name differs from what was built), so Docker falls back to pulling from Hub"),
    t("私有仓库，需要先 docker login，或当前账号没有权限", "a private repository that needs docker login first, or the account lacks access"),
    t("Kubernetes 节点上拉取：节点看不到你本机构建的镜像（minikube/kind 需要先加载镜像）", "pulled on a Kubernetes node, which cannot see images built on your machine (load them into minikube/kind first)"),
  ],
  solutions: [
    {
      title: t("核对镜像名，确认本地是否有这个镜像", "Check the name and whether the image exists locally"),
      steps: [t("本地没有就需要先构建（或用正确的完整名称拉取）；私有仓库先登录。", "If it is not local, build it first (or pull by its correct full name); log in first for private repositories.")],
      code: (c) => block("bash", [`IMAGE=${shq(c.g.image ?? "")}`, 'docker image ls "$IMAGE"', 'docker login "$(echo "$IMAGE" | cut -d/ -f1 | grep -E "[.:]" || echo docker.io)"']),
    },
    {
      title: t("本地构建的镜像：先构建再运行", "Locally built images: build before running"),
      steps: [t("compose 中同时写了 build 和 image 时先执行 docker compose build；Kubernetes 本地集群用 minikube image load / kind load docker-image 把本机镜像加载进去，并把 imagePullPolicy 设为 IfNotPresent。", "With both build and image in compose run docker compose build first; for local Kubernetes clusters load the image with minikube image load / kind load docker-image and set imagePullPolicy to IfNotPresent.")],
    },
  ],
  docs: ["https://github.com/moby/moby/issues/36915", "https://github.com/oracle/docker-images/issues/739"],
  samples: [{ text: "docker: Error response from daemon: pull access denied for push, repository does not exist or may require 'docker login'.", source: "https://github.com/oracle/docker-images/issues/999" }],
});
