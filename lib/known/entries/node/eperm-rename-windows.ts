import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "node.eperm-rename-windows",
  category: "fs.permission",
  // A Windows drive path in the rename: on Windows, rename honours share modes, so a lock held elsewhere fails it.
  match: [/EPERM: operation not permitted, rename '(?<from>[A-Za-z]:\\[^'\n]{0,300})'(?: -> '(?<to>[^'\n]{1,300})')?/],
  title: (c) => t(`Windows 上重命名被拒绝（EPERM）：${c.g.from ? ic(c.g.from) : ""}`, `Rename refused on Windows (EPERM): ${c.g.from ? ic(c.g.from) : ""}`),
  summary: t(
    "Node 在 Windows 上用 MoveFileEx 实现 rename，它遵守共享模式：源文件、目标或其所在目录正被别的进程打开（杀毒软件扫描、搜索索引、编辑器、另一个 node 进程、云盘同步）时，改名就会以 EPERM 或 EACCES 失败。Linux/macOS 上的 rename 不受这类锁影响，所以同样的代码在那里不出错。",
    "Node implements rename on Windows with MoveFileEx, which honours share modes: while the source, the target or their folder is open in another process (an antivirus scan, the search indexer, an editor, another node process, cloud sync), the rename fails with EPERM or EACCES. rename on Linux/macOS is not affected by such locks, so the same code works there.",
  ),
  causes: [
    t("杀毒软件或 Windows 搜索索引在文件刚写完时短暂锁住了它（时有时无，重试就好）", "an antivirus or the Windows search indexer briefly locks a freshly written file (intermittent; a retry succeeds)"),
    t("目标已存在且正被使用，或目标是另一个进程打开着的目录", "the target exists and is in use, or it is a folder another process has open"),
    t("同一程序里还有未关闭的文件句柄或流指向它", "the same program still has an unclosed handle or stream on it"),
    t("目标目录确实没有写权限（这时重试不会好）", "the target folder really is not writable (then retrying does not help)"),
  ],
  solutions: [
    {
      title: t("找出占用文件的进程并关掉它", "Find the process holding the file and close it"),
      steps: [
        (c) => t(`用资源监视器（resmon）的“关联的句柄”或 Sysinternals Process Explorer 搜索 ${c.g.from ? ic(c.g.from) : "这个路径"}，关闭占用它的程序（编辑器、资源管理器窗口、另一个终端里的 dev server）。`, `Search for ${c.g.from ? ic(c.g.from) : "the path"} in Resource Monitor's "Associated Handles" or Sysinternals Process Explorer and close the program holding it (an editor, an Explorer window, a dev server in another terminal).`),
        t("把项目目录加入杀毒软件的排除列表能减少这种短暂的锁。", "Adding the project folder to the antivirus exclusions reduces these brief locks."),
      ],
    },
    {
      title: t("在自己的代码里对 Windows 的 EPERM 做有限次重试", "In your own code, retry a Windows EPERM rename a bounded number of times"),
      steps: [t("graceful-fs 和 VS Code 的做法：对 Windows 上 rename 的 EPERM/EACCES 以递增间隔重试，最长约 60 秒；目标已存在时立即失败。", "graceful-fs and VS Code do this: retry rename on EPERM/EACCES on Windows with growing delays for up to about 60 seconds, and fail at once when the target exists.")],
    },
  ],
  docs: ["https://github.com/isaacs/node-graceful-fs/pull/119", "https://github.com/isaacs/node-graceful-fs/pull/100", "https://github.com/coder/vscode-coder/pull/841"],
  samples: [
    { text: "Error: EPERM: operation not permitted, rename 'C:\\project\\file.tmp' -> 'C:\\project\\file.js'", source: "https://github.com/uni-stack/uniwind/pull/677" },
  ],
});
