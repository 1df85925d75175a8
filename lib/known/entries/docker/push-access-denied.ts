import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "docker.push-access-denied",
  category: "tool.container",
  match: [/The push refers to (?:a )?repository \[(?<repo>[^\]\n]{1,200})\][\s\S]{0,4000}?denied: requested access to the resource is denied/, /^denied: requested access to the resource is denied\s{0,4}$/m],
  title: (c) => (c.g.repo ? t(`没有权限推送到 ${c.g.repo}`, `No permission to push to ${c.g.repo}`) : t("镜像仓库拒绝了推送", "The registry refused the push")),
  summary: (c) => {
    const official = c.g.repo?.startsWith("docker.io/library/");
    return t(
      `仓库${c.g.repo ? ` ${ic(c.g.repo)} ` : ""}拒绝了这次推送：要么没有登录（或登录的是别的账号/别的仓库地址），要么镜像名的命名空间不属于你。推到 Docker Hub 时，镜像名必须是“你的用户名或组织/仓库名”。${official ? "这里的 docker.io/library/ 是官方镜像的命名空间，说明镜像名缺少你的用户名前缀，需要先 docker tag。" : ""}`,
      `The registry refused the push to ${c.g.repo ? ic(c.g.repo) : "this repository"}: either you are not logged in (or logged in as another account or to another registry host), or the image's namespace is not yours. On Docker Hub the name must be <your user or organisation>/<repository>.${official ? " docker.io/library/ is the namespace of official images, so the image name lacks your user prefix and needs a docker tag first." : ""}`,
    );
  },
  causes: [
    t("镜像名没有带上你的 Docker Hub 用户名/组织（推到了 library/ 或别人的命名空间）", "the image name lacks your Docker Hub user or organisation (it points at library/ or someone else's namespace)"),
    t("没有 docker login，或者登录的是另一个仓库地址（私有仓库要 docker login 主机名）；用 sudo 运行时读取的是 root 的登录信息", "no docker login, or the login is for another registry host (private registries need docker login <host>); running under sudo reads root's credentials"),
    t("账号对该仓库没有写权限，或私有仓库数量已达套餐上限", "the account cannot write to that repository, or the plan's private repository quota is used up"),
  ],
  solutions: [
    {
      title: t("用自己的命名空间重新打标签再推送", "Tag the image under your namespace and push again"),
      steps: [t("镜像名格式为 [仓库主机/]用户名/仓库:标签。", "Image names are [registry-host/]user/repository:tag.")],
      code: () => block("bash", ["docker login", "docker tag IMAGE:TAG YOUR_USER/IMAGE:TAG", "docker push YOUR_USER/IMAGE:TAG"]),
    },
    {
      title: t("确认登录的是正确的仓库和账号", "Make sure you are logged in to the right registry and account"),
      steps: [t("私有仓库要对它的主机名登录；不要混用 sudo 和普通用户执行 docker login / docker push。", "Log in to the private registry's host name; do not mix sudo and your own user between docker login and docker push.")],
      code: (c) => {
        const host = c.g.repo && /^[\w.-]{1,100}[.:][\w.:-]{0,100}\//.test(c.g.repo) && !c.g.repo.startsWith("docker.io/") ? c.g.repo.split("/")[0] ?? "registry.example.com" : "registry.example.com";
        return block("bash", [`docker login ${host}`, "cat ~/.docker/config.json   # which registries have stored logins"]);
      },
    },
  ],
  docs: ["https://docs.docker.com/reference/cli/docker/image/push/", "https://docs.docker.com/reference/cli/docker/image/tag/", "https://github.com/docker/for-mac/issues/1271"],
  samples: [
    { text: "c:\\Docker>docker push myiis\nThe push refers to a repository [docker.io/library/myiis]\n47f5e43a4809: Preparing\nb06178850402: Preparing\nc28d44287ce5: Skipped foreign layer\ndenied: requested access to the resource is denied", source: "https://github.com/docker/for-mac/issues/1271" },
    { text: "docker push 10.160.66.86/default-library/busybox:test\nThe push refers to a repository [10.160.66.86/default-library/busybox]\n08c2295a7fa5: Preparing \ndenied: requested access to the resource is denied", source: "https://github.com/vmware-archive/admiral/issues/158" },
  ],
});
