import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "linux.no-space-left",
  category: "unknown",
  match: [/(?<path>\/var\/lib\/(?:docker|containerd)\/[^\s:]{0,200})[^\n]{0,40}no space left on device/i, /\[Errno 28\] No space left on device/, /ENOSPC: no space left on device/, "No space left on device"],
  title: (c) => (c.g.path ? t("Docker 所在的磁盘满了（no space left on device）", "The disk holding Docker's data is full (no space left on device)") : t("磁盘空间（或 inode）耗尽（No space left on device）", "The disk (or its inodes) is full (No space left on device)")),
  summary: (c) =>
    t(
      `写入失败是因为目标文件系统没有剩余空间，或者 inode 用完了（大量小文件时 df -h 还显示有空间，但 df -i 是 100%）。${c.g.path ? "路径在 /var/lib/docker 下：镜像、停止的容器、构建缓存和卷占满了 Docker 的数据目录。" : ""}`,
      `The write failed because the target file system has no free space left, or has run out of inodes (with many small files df -h still shows space but df -i is at 100%).${c.g.path ? " The path is under /var/lib/docker: images, stopped containers, build cache and volumes filled Docker's data directory." : ""}`,
    ),
  causes: [
    t("日志、临时文件、缓存或构建产物把磁盘写满", "logs, temp files, caches or build outputs filled the disk"),
    t("Docker 的旧镜像、悬空镜像、构建缓存和未使用的卷长期累积", "old and dangling Docker images, build cache and unused volumes piled up"),
    t("inode 耗尽（海量小文件，如 node_modules、会话文件）", "inodes exhausted (huge numbers of small files such as node_modules or session files)"),
    t("/tmp 是容量很小的 tmpfs", "/tmp is a small tmpfs"),
  ],
  solutions: [
    {
      title: t("找出满的是哪个文件系统、被什么占用", "Find which file system is full and what fills it"),
      steps: [t("df 看空间和 inode，du 按目录找大户；先删日志和缓存，不要删除正在使用的数据库文件。", "Use df for space and inodes and du to find the big directories; clear logs and caches first, never a database file in use.")],
      code: () => block("bash", ["df -h", "df -i", "sudo du -xh / --max-depth=2 2>&1 | sort -rh | head -20"]),
    },
    {
      title: t("Docker：清理不用的镜像、容器和构建缓存", "Docker: prune unused images, containers and build cache"),
      steps: [t("docker system df 显示可回收的空间；docker system prune 删除停止的容器、悬空镜像和构建缓存（加 -a 会删除所有未被使用的镜像，加 --volumes 会删除未使用的卷及其数据，要确认后再用）。", "docker system df shows what can be reclaimed; docker system prune removes stopped containers, dangling images and build cache (-a also removes every unused image, --volumes deletes unused volumes and their data; confirm before using them).")],
      when: (c) => c.g.path !== undefined || /docker|container/i.test(c.f.text),
      code: () => block("bash", ["docker system df", "docker system prune", "docker builder prune"]),
    },
  ],
  docs: ["https://docs.docker.com/engine/reference/commandline/system_prune/#examples", "https://github.com/moby/moby/issues/21925"],
  samples: [
    { text: "failed to register layer: Error processing tar file(exit status 1): write /var/lib/docker/overlay2/3f1a/diff/usr/lib/libLLVM.so: no space left on device", source: "https://github.com/moby/moby/issues/43586" },
    { text: "OSError: [Errno 28] No space left on device: '/tmp/tmpk2x9/model.bin'", source: "https://github.com/moby/moby/issues/21925" },
  ],
});
