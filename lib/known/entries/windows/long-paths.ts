import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "windows.long-paths",
  category: "fs.not_found",
  match: ["Filename too long", "HINT: This error might have occurred since this system does not have Windows Long Path support enabled", /\[WinError 206\] The filename or extension is too long/],
  title: t("路径超过了 Windows 的 260 字符上限（MAX_PATH）", "The path exceeds Windows' 260-character limit (MAX_PATH)"),
  summary: t(
    "Windows API 默认把完整路径长度限制在 MAX_PATH（260 个字符）。从 Windows 10 1607 起可以解除，但需要同时满足两点：系统启用 LongPathsEnabled，且应用程序声明支持长路径（git 需要单独开启 core.longpaths）。",
    "The Windows API limits full paths to MAX_PATH (260 characters) by default. Since Windows 10 1607 the limit can be lifted, but only when both hold: the system enables LongPathsEnabled and the application declares long-path support (git needs core.longpaths on top).",
  ),
  causes: [
    t("项目目录本身很深，再加上 node_modules / site-packages 的嵌套路径超过 260 个字符", "a deep project directory plus nested node_modules / site-packages paths exceeds 260 characters"),
    t("系统未启用 LongPathsEnabled（默认关闭）", "LongPathsEnabled is off on the system (the default)"),
    t("git 没有开启 core.longpaths", "git's core.longpaths is not enabled"),
  ],
  solutions: [
    {
      title: t("启用系统长路径支持（需管理员）并打开 git 的 core.longpaths", "Enable long paths system-wide (administrator) and git's core.longpaths"),
      steps: [t("在管理员 PowerShell 中设置注册表值后重启相关程序（部分情况需重启系统）；git 另外执行 git config --system core.longpaths true。", "Set the registry value from an administrator PowerShell and restart the affected programs (sometimes the machine); for git also run git config --system core.longpaths true.")],
      code: () => block("powershell", ['New-ItemProperty -Path "HKLM:\\SYSTEM\\CurrentControlSet\\Control\\FileSystem" -Name "LongPathsEnabled" -Value 1 -PropertyType DWORD -Force', "git config --system core.longpaths true"]),
    },
    {
      title: t("或者把项目放到更短的路径下", "Or move the project to a shorter path"),
      steps: [t("例如 C:\\src\\项目名，能立刻绕开限制，不需要改系统设置。", "For example C:\\src\\project, which avoids the limit at once without changing system settings.")],
    },
  ],
  docs: ["https://learn.microsoft.com/windows/win32/fileio/maximum-file-path-limitation", "https://github.com/python/cpython/pull/22816.diff"],
  samples: [{ text: "error: unable to create file node_modules/@babel/plugin-transform-modules-commonjs/lib/some/very/deep/path/index.js: Filename too long", source: "https://learn.microsoft.com/windows/win32/fileio/maximum-file-path-limitation" }],
});
