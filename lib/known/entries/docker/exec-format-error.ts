import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "docker.exec-format-error",
  category: "unknown",
  match: [
    /exec (?<bin>\/[\w./-]{1,200}): exec format error/,
    /exec user process caused:?\s*"?exec format error/,
  ],
  title: (c) => (c.g.bin ? t(`容器里的 ${ic(c.g.bin)} 与主机 CPU 架构不符`, `${ic(c.g.bin)} in the container is for another CPU architecture`) : t("镜像的 CPU 架构与主机不符（exec format error）", "The image was built for another CPU architecture (exec format error)")),
  summary: t(
    "容器与主机共用内核，内核只能执行与主机架构相同的二进制；镜像是为另一种架构构建的（例如 amd64 镜像跑在 arm64 主机上，或反过来），于是入口程序无法执行。",
    "Containers share the host kernel, which can only execute binaries for the host's architecture; this image was built for another one (for example an amd64 image on an arm64 host, or the reverse), so its entrypoint cannot run.",
  ),
  causes: [
    t("镜像只发布了单一架构（常见为 linux/amd64），而主机是 ARM（树莓派、Apple Silicon、云上 Graviton/Ampere）", "the image was published for one architecture only (usually linux/amd64) while the host is ARM (Raspberry Pi, Apple Silicon, Graviton/Ampere)"),
    t("在 Apple Silicon 或 ARM 机器上 docker build 出的镜像被推到 amd64 服务器上运行", "the image was built on an Apple Silicon/ARM machine and then run on an amd64 server"),
    t("32 位 ARM 系统上运行 arm64 镜像", "an arm64 image run on a 32-bit ARM operating system"),
    t("入口脚本缺少 #! 解释器行（少见，同样报这个错）", "the entrypoint script lacks a #! interpreter line (rarer, same error)"),
  ],
  solutions: [
    {
      title: t("确认镜像架构和主机架构", "Compare the image's architecture with the host's"),
      steps: [t("两者不一致就是原因。IMAGE 换成报错的镜像名。", "If they differ, that is the cause. Set IMAGE to the failing image.")],
      code: () => block("bash", ['IMAGE="${IMAGE:?set IMAGE to the image name}"', "uname -m", "docker image inspect \"$IMAGE\" | grep -E '\"(Os|Architecture|Variant)\"'"]),
    },
    {
      title: t("为主机架构构建或拉取对应的镜像", "Build or pull the image for the host's platform"),
      steps: [
        t("优先使用发布了多架构（multi-platform）的镜像标签；自己构建时用 buildx 同时构建 linux/amd64 和 linux/arm64。", "Prefer a tag published for multiple platforms; when you build it yourself, use buildx to build linux/amd64 and linux/arm64 together."),
        t("只能用单架构镜像时，可以在装了 QEMU binfmt 的主机上用 --platform 以仿真方式运行，但会慢很多。", "If only a single-platform image exists, a host with QEMU binfmt handlers can run it under emulation with --platform, much slower."),
      ],
      code: () => block("bash", ['IMAGE="${IMAGE:?set IMAGE to the image name}"', 'docker buildx build --platform linux/amd64,linux/arm64 -t "$IMAGE" --push .']),
    },
  ],
  docs: ["https://docs.docker.com/build/building/multi-platform/", "https://github.com/docker-library/mysql/issues/228"],
  samples: [
    { text: "exec /opt/bitnami/scripts/mongodb/entrypoint.sh: exec format error", source: "https://github.com/docker/compose/issues/10213" },
    { text: 'standard_init_linux.go:178: exec user process caused "exec format error"', source: "https://github.com/adferrand/docker-backuppc/issues/45" },
  ],
});
