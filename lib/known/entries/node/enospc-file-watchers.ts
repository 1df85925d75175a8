import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "node.enospc-file-watchers",
  category: "unknown",
  match: [/System limit for number of file watchers reached(?:, watch '(?<path>[^'\n]{1,300})')?/],
  title: t("Linux 的 inotify 文件监听数量达到上限", "Linux ran out of inotify file watches"),
  summary: t(
    "开发服务器或测试运行器（webpack、Vite、Jest、nodemon、chokidar 等）要为每个文件或目录注册一个 inotify watch，而 fs.inotify.max_user_watches 限制了每个用户能注册的数量；项目（尤其是 node_modules）太大或同时开着多个监听进程时就会用完。这里的 ENOSPC 不是磁盘满了。",
    "The dev server or test runner (webpack, Vite, Jest, nodemon, chokidar…) registers one inotify watch per file or directory, and fs.inotify.max_user_watches caps how many a user may hold; a big project (node_modules especially) or several watching processes at once use them up. This ENOSPC does not mean the disk is full.",
  ),
  causes: [
    t("系统默认的 max_user_watches 太小（很多发行版是 8192 或 65536）", "the distribution's default max_user_watches is small (8192 or 65536 on many systems)"),
    t("监听范围包含了 node_modules 等大目录", "the watcher also watches big folders such as node_modules"),
    t("同一个用户还开着其他监听进程（编辑器、其他 dev server、Docker 里的监听）", "other watching processes run under the same user (the editor, another dev server, watchers inside Docker)"),
  ],
  solutions: [
    {
      title: t("调高 fs.inotify.max_user_watches 并持久化", "Raise fs.inotify.max_user_watches and make it persistent"),
      steps: [
        t("先查看当前值，再写入 /etc/sysctl.conf 并用 sysctl -p 立即生效；524288 是 VS Code 文档给出的值。", "Check the current value, then add the setting to /etc/sysctl.conf and load it with sysctl -p; 524288 is the value VS Code's documentation uses."),
        t("在 Docker 里运行时，这个限制属于宿主机内核，要在宿主机上修改。", "Inside Docker the limit belongs to the host kernel, so change it on the host."),
      ],
      code: () => block("bash", ["cat /proc/sys/fs/inotify/max_user_watches", "echo fs.inotify.max_user_watches=524288 | sudo tee -a /etc/sysctl.conf", "sudo sysctl -p"]),
    },
    {
      title: t("或者让监听器忽略大目录", "Or make the watcher ignore big folders"),
      steps: [t("在工具的监听配置里排除 node_modules、dist 等目录（如 webpack 的 watchOptions.ignored、Vite 的 server.watch.ignored、VS Code 的 files.watcherExclude）。", "Exclude node_modules, dist and similar folders in the tool's watch settings (webpack watchOptions.ignored, Vite server.watch.ignored, VS Code files.watcherExclude).")],
    },
  ],
  docs: ["https://code.visualstudio.com/docs/setup/linux#_visual-studio-code-is-unable-to-watch-for-file-changes-in-this-large-workspace-error-enospc", "https://github.com/h3poteto/whalebird-desktop/issues/3895"],
  samples: [
    {
      text: "events.js:174\n      throw er; // Unhandled 'error' event\n      ^\n\nError: ENOSPC: System limit for number of file watchers reached, watch '/home/lws/nodeapps/demo1/public'\n    at FSWatcher.start (internal/fs/watchers.js:165:26)\n    at Object.watch (fs.js:1254:11)\n    at createFsWatchInstance (/home/lws/nodeapps/demo1/node_modules/chokidar/lib/nodefs-handler.js:38:15)",
      source: "https://github.com/microsoft/vscode/issues/75041",
    },
  ],
});
