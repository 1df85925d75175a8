import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "windows.sharing-violation",
  category: "fs.permission",
  match: [/\[WinError 32\] The process cannot access the file because it is being used by another process(?::\s{0,2}'(?<path>[^'\n]{1,300})')?/, "The process cannot access the file because it is being used by another process", "另一个程序正在使用此文件，进程无法访问"],
  title: (c) => (c.g.path ? t(`${ic(c.g.path)} 正被另一个进程占用（WinError 32）`, `${ic(c.g.path)} is in use by another process (WinError 32)`) : t("文件正被另一个进程占用（WinError 32）", "The file is in use by another process (WinError 32)")),
  summary: t(
    "Windows 在打开文件时会检查共享模式：另一个进程（或本进程里还没关闭的句柄）以不允许共享的方式打开着这个文件，所以删除、改名或写入失败（ERROR_SHARING_VIOLATION，32）。Linux/macOS 上同样的代码通常不会报错。",
    "Windows checks share modes when opening files: another process (or a handle in this process that was never closed) holds the file without sharing, so deleting, renaming or writing fails (ERROR_SHARING_VIOLATION, 32). The same code usually works on Linux/macOS.",
  ),
  causes: [
    t("本程序自己还开着这个文件（没用 with/close 关闭就去删除或改名）", "the program itself still has the file open (deleting or renaming without with/close first)"),
    t("编辑器、Excel、资源管理器预览、杀毒软件或索引服务正打开着它", "an editor, Excel, Explorer's preview, antivirus or the indexer has it open"),
    t("同一个程序的另一个实例/进程正在写日志或数据库文件", "another instance or process of the same program writes the log or database file"),
  ],
  solutions: [
    {
      title: t("先关闭文件句柄，再删除/改名", "Close the handle before deleting or renaming"),
      steps: [t("在代码里用 with open(...) 或 try/finally 确保关闭；删除临时文件前先关闭它。外部程序占用时，用资源监视器（resmon，CPU → 关联的句柄）搜索文件名找到进程并关闭它。", "Use with open(...) or try/finally so the file is closed; close temp files before deleting them. When another program holds it, search the file name in Resource Monitor (resmon, CPU → Associated Handles) to find and close that process.")],
    },
    {
      title: t("排除同步盘和杀毒软件的干扰", "Rule out sync folders and antivirus"),
      steps: [t("项目放在 OneDrive/Dropbox 同步目录或被实时扫描时，文件会被短暂锁定；把工作目录移出同步目录或加入排除列表。", "Projects inside OneDrive/Dropbox folders or under real-time scanning get briefly locked; move the working directory out of the sync folder or add an exclusion.")],
    },
  ],
  docs: ["https://learn.microsoft.com/windows/win32/debug/system-error-codes--0-499-"],
  samples: [{ text: "PermissionError: [WinError 32] The process cannot access the file because it is being used by another process: 'C:\\\\Users\\\\dev\\\\AppData\\\\Local\\\\Temp\\\\tmpa1b2\\\\out.log'", source: "https://learn.microsoft.com/windows/win32/debug/system-error-codes--0-499-" }],
});
