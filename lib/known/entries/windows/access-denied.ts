import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "windows.access-denied",
  category: "fs.permission",
  match: [/\[WinError 5\] (?:Access is denied|拒绝访问。?)(?::\s{0,2}'(?<path>[^'\n]{1,300})')?/],
  title: (c) => (c.g.path ? t(`Windows 拒绝访问 ${ic(c.g.path)}（WinError 5）`, `Windows denied access to ${ic(c.g.path)} (WinError 5)`) : t("Windows 拒绝访问（WinError 5）", "Windows denied access (WinError 5)")),
  summary: t(
    "操作系统拒绝了这次访问（ERROR_ACCESS_DENIED，5）：当前用户对该文件/目录没有所需权限，或文件是只读/正被系统保护，或者要写的是需要管理员权限的位置（如 C:\\Program Files）。",
    "The OS refused the access (ERROR_ACCESS_DENIED, 5): the current user lacks the needed rights on the file or directory, the file is read-only or protected, or the target needs administrator rights (such as C:\\Program Files).",
  ),
  causes: [
    t("向 C:\\Program Files、C:\\Windows 或其他用户目录写入，而没有以管理员身份运行", "writing to C:\\Program Files, C:\\Windows or another user's folder without running as administrator"),
    t("pip 升级/卸载一个正在运行的可执行文件（如 pip.exe 自己、运行中的服务）", "pip upgrading or removing an executable that is running (pip.exe itself, a running service)"),
    t("文件设置了只读属性，或被杀毒软件拦截", "the file is read-only, or antivirus blocks it"),
  ],
  solutions: [
    {
      title: t("写到用户有权限的位置，或以用户级方式安装", "Write somewhere the user may write, or install per user"),
      steps: [t("Python 包用虚拟环境或 pip install --user；升级 pip 本身用 python -m pip install --upgrade pip；只有确实要改系统目录时才用“以管理员身份运行”。", "Use a virtual environment or pip install --user for Python packages; upgrade pip itself with python -m pip install --upgrade pip; run as administrator only when you really must change system folders.")],
    },
    {
      title: t("检查只读属性和占用程序", "Check the read-only attribute and programs holding the file"),
      steps: [t("文件属性里去掉“只读”；杀毒软件或正在运行的程序锁定文件时，关闭它们或把项目目录加入杀毒软件排除列表后重试。", "Clear the Read-only attribute; if antivirus or a running program locks the file, close it or add the project folder to the antivirus exclusions, then retry.")],
    },
  ],
  docs: ["https://learn.microsoft.com/windows/win32/debug/system-error-codes--0-499-"],
  samples: [{ text: "ERROR: Could not install packages due to an OSError: [WinError 5] Access is denied: 'c:\\\\program files\\\\python311\\\\lib\\\\site-packages\\\\pip\\\\__init__.py'", source: "https://learn.microsoft.com/windows/win32/debug/system-error-codes--0-499-" }],
});
