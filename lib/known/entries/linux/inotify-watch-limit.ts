import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "linux.inotify-watch-limit",
  category: "unknown",
  priority: 1,
  match: ["System limit for number of file watchers reached", /\bwatch\b[^\n]{0,200}\bENOSPC\b/, "inotify watch limit reached"],
  title: t("inotify 文件监视数达到系统上限（不是磁盘满）", "The inotify file-watch limit is reached (not a full disk)"),
  summary: t(
    "开发服务器、打包工具、IDE 用 inotify 监视文件变化，每个被监视的文件/目录占用一个 watch；当前用户的 watch 数达到 fs.inotify.max_user_watches 后，内核返回 ENOSPC。它和磁盘空间无关。",
    "Dev servers, bundlers and IDEs watch files with inotify, one watch per file or directory; once the user reaches fs.inotify.max_user_watches the kernel returns ENOSPC. It has nothing to do with disk space.",
  ),
  causes: [
    t("项目很大（尤其是 node_modules），监视器没有排除不需要监视的目录", "a big project (node_modules especially) whose watcher does not exclude directories it need not watch"),
    t("同时运行了多个监视进程（多个 dev server、IDE、同步工具），共用同一个用户配额；容器共用宿主机的限制", "several watching processes (dev servers, IDEs, sync tools) share one user's quota; containers share the host's limit"),
    t("发行版默认的 max_user_watches 较低（旧系统常为 8192）", "a low distribution default for max_user_watches (8192 on older systems)"),
  ],
  solutions: [
    {
      title: t("调高 fs.inotify.max_user_watches 并持久化", "Raise fs.inotify.max_user_watches and persist it"),
      steps: [t("在宿主机上执行（容器内改不了），写入 sysctl.d 以便重启后保留。", "Run it on the host (it cannot be changed from inside a container) and write it to sysctl.d so it survives reboots.")],
      code: () => block("bash", ["cat /proc/sys/fs/inotify/max_user_watches", "echo fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/60-inotify.conf", "sudo sysctl --system"]),
    },
    {
      title: t("让监视器少监视一些目录", "Make the watcher watch less"),
      steps: [t("在工具配置里忽略 node_modules、构建输出目录等；关掉不用的监视进程。", "Ignore node_modules, build output and similar directories in the tool's config; stop watchers you do not need.")],
    },
  ],
  docs: ["https://github.com/nodejs/node/issues/1666", "https://github.com/yuanchuan/node-watch/issues/48"],
  samples: [{ text: "Internal watch failed: ENOSPC: System limit for number of file watchers reached, watch '/home/node/app/README.md'", source: "https://github.com/esron/systranca-server/pull/32" }],
});
