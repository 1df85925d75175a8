import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "windows.execution-policy",
  category: "fs.permission",
  match: [/(?<!\S)(?<script>[^\s]{1,260}\.ps1)\s{0,4}cannot be loaded because\s{1,4}(?:running scripts|the execution of scripts) is disabled on this system/, /cannot be loaded because\s{1,4}(?:running scripts|the execution of scripts) is disabled on this\s{1,4}system/, "因为在此系统上禁止运行脚本"],
  title: (c) => (c.g.script ? t(`PowerShell 执行策略阻止了 ${ic(c.g.script)}`, `The PowerShell execution policy blocked ${ic(c.g.script)}`) : t("PowerShell 执行策略禁止运行脚本", "The PowerShell execution policy forbids running scripts")),
  summary: t(
    "Windows 客户端上 PowerShell 的默认执行策略是 Restricted：可以执行单条命令，但不能运行任何 .ps1 脚本（包括 npm、yarn、venv 的 Activate.ps1 等包装脚本）。这不是文件权限问题，而是执行策略设置。",
    "On Windows client editions PowerShell's default execution policy is Restricted: single commands run, but no .ps1 script does (including wrapper scripts such as npm's, yarn's or a venv's Activate.ps1). It is an execution-policy setting, not a file permission.",
  ),
  causes: [
    t("当前用户/计算机的执行策略是 Restricted（默认）或 AllSigned", "the user's or machine's execution policy is Restricted (the default) or AllSigned"),
    t("从网上下载的脚本带有 Internet 区域标记，在 RemoteSigned 下未签名就不能运行", "a script downloaded from the internet carries the Internet zone mark and cannot run unsigned under RemoteSigned"),
  ],
  solutions: [
    {
      title: t("只为当前用户设置 RemoteSigned", "Set RemoteSigned for the current user only"),
      steps: [t("RemoteSigned 允许本地脚本运行，下载的脚本需要签名；作用域 CurrentUser 不需要管理员权限，也不影响其他用户。若组策略强制了策略，需要联系管理员。", "RemoteSigned lets local scripts run and requires a signature on downloaded ones; the CurrentUser scope needs no administrator rights and does not affect other users. If Group Policy enforces a policy, ask your administrator.")],
      code: () => block("powershell", ["Get-ExecutionPolicy -List", "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser"]),
    },
    {
      title: t("或者只对这一次放行", "Or allow it for this one run"),
      steps: [t("powershell -ExecutionPolicy Bypass -File 脚本.ps1 只影响这一个进程；确认来源可信的下载脚本可以用 Unblock-File 去掉 Internet 标记。", "powershell -ExecutionPolicy Bypass -File script.ps1 affects only that process; Unblock-File removes the Internet mark from a downloaded script you trust.")],
    },
  ],
  docs: ["https://github.com/MicrosoftDocs/PowerShell-Docs/blob/main/reference/7.4/Microsoft.PowerShell.Core/About/about_Execution_Policies.md", "https://learn.microsoft.com/vi-vn/powershell/module/microsoft.powershell.security/set-executionpolicy"],
  samples: [{ text: "Import-Module : File C:\\Program Files\\WindowsPowerShell\\Modules\\Azure\\5.3.0\\Azure.psm1 cannot be loaded because\nrunning scripts is disabled on this system. For more information, see about_Execution_Policies at\nhttps:/go.microsoft.com/fwlink/?LinkID=135170.\n    + CategoryInfo          : SecurityError: (:) [Import-Module], PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess,Microsoft.PowerShell.Commands.ImportModuleCommand", source: "https://github.com/MicrosoftDocs/azure-docs-powershell/issues/844" }],
});
