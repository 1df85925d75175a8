import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "docker.manifest-unknown",
  category: "tool.container",
  match: [
    /manifest for (?<image>[\w./:@-]{1,250}) not found: manifest unknown/,
    /no matching manifest for (?<platform>[\w/]{1,40}) in the manifest list entries/,
    /manifest unknown/,
  ],
  title: (c) =>
    c.g.platform
      ? t(`镜像没有 ${ic(c.g.platform)} 平台的版本`, `The image has no ${ic(c.g.platform)} variant`)
      : c.g.image
        ? t(`仓库里没有 ${ic(c.g.image)} 这个标签`, `The registry has no tag ${ic(c.g.image)}`)
        : t("仓库里找不到该镜像标签（manifest unknown）", "The registry has no such image tag (manifest unknown)"),
  summary: (c) =>
    c.g.platform
      ? t(`镜像存在，但它的多平台清单里没有与本机平台 ${ic(c.g.platform)} 匹配的版本（常见于 Apple Silicon / ARM 服务器上拉取只发布了 amd64 的镜像）。`, `The image exists, but its multi-platform manifest list has no entry for this host's platform ${ic(c.g.platform)} (common when pulling amd64-only images on Apple Silicon or ARM servers).`)
      : t(`仓库里存在这个镜像仓库，但请求的标签（或摘要）不存在${c.g.image ? `：${ic(c.g.image)}` : ""}。没写标签时 Docker 默认使用 latest，而很多镜像并不发布 latest。`, `The repository exists but the requested tag (or digest) does not${c.g.image ? `: ${ic(c.g.image)}` : ""}. Without a tag Docker uses latest, which many images do not publish.`),
  causes: [
    t("镜像没有 latest 标签，而命令没写标签", "the image has no latest tag and the command gave none"),
    t("标签写错，或该版本已被删除/从未发布", "a misspelt tag, or a version that was deleted or never published"),
    t("镜像没有为本机 CPU 架构构建（no matching manifest for linux/arm64）", "the image was not built for this CPU architecture (no matching manifest for linux/arm64)"),
  ],
  solutions: [
    {
      title: t("查看仓库里实际有哪些标签/平台", "See which tags and platforms the registry really has"),
      steps: [t("docker manifest inspect 显示该标签的清单及其支持的平台；到镜像仓库页面查看可用标签，改用存在的标签。平台不匹配时可以加 --platform linux/amd64 借助仿真运行。", "docker manifest inspect shows the tag's manifest and its platforms; check the registry page for available tags and use one that exists. For a platform mismatch, --platform linux/amd64 runs it under emulation.")],
      code: (c) => (c.g.image ? block("bash", [`docker manifest inspect ${/^[\w./:@-]+$/.test(c.g.image) ? c.g.image : shq(c.g.image)}`]) : null),
    },
    {
      title: t("指定一个存在的标签或平台", "Pin a tag or platform that exists"),
      steps: [t("在 docker pull / FROM / compose 的 image 中写明具体版本标签，不要依赖 latest；只有单一架构时用 --platform（或 compose 的 platform 字段）显式指定。", "Write an explicit version tag in docker pull, FROM or compose's image instead of relying on latest; when only one architecture exists, set it explicitly with --platform (or compose's platform field).")],
    },
  ],
  docs: ["https://docs.docker.com/build/building/multi-platform/", "https://awslabs.github.io/nx-plugin-for-aws/en/troubleshooting/docker/"],
  samples: [
    { text: "Error response from daemon: manifest for grafana/agent:latest not found: manifest unknown: manifest unknown", source: "https://docs.docker.com/build/building/multi-platform/" },
    { text: "docker: no matching manifest for linux/arm64/v8 in the manifest list entries.", source: "https://awslabs.github.io/nx-plugin-for-aws/en/troubleshooting/docker/" },
  ],
});
