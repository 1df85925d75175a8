import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "dotnet.nu1101-package-not-found",
  category: "dependency.install",
  match: [/NU1101:?\s{0,3}Unable to find package (?<pkg>[\w.-]{1,150})\. No packages exist with this id in source\(s\):\s{0,3}(?<sources>[^\n]{1,300})/, /\bNU1101\b/],
  title: (c) => t(`配置的 NuGet 源里没有包 ${ic(c.g.pkg ?? "")}（NU1101）`, `No NuGet source has package ${ic(c.g.pkg ?? "")} (NU1101)`),
  summary: (c) =>
    t(
      `NuGet 还原时在所有配置的源${c.g.sources ? `（${c.g.sources.trim()}）` : ""}里都找不到这个包 ID。要么包名写错，要么这个包只存在于一个没有配置的源（私有源、nuget.org 没有被加入），要么它其实是解决方案里的另一个项目。`,
      `During restore NuGet found this package id in none of the configured sources${c.g.sources ? ` (${c.g.sources.trim()})` : ""}. The id is wrong, the package lives only in a source that is not configured (a private feed, or nuget.org missing), or it is actually another project of the solution.`,
    ),
  causes: [
    t("NuGet.Config 里没有 nuget.org 或所需的私有源（例如只剩 Microsoft Visual Studio Offline Packages）", "NuGet.Config lacks nuget.org or the private feed (e.g. only Microsoft Visual Studio Offline Packages remains)"),
    t("包 ID 拼写错误，或该包从未发布到这些源", "the package id is misspelt, or it was never published to those sources"),
    t("引用的是同一解决方案中的项目，却写成了 PackageReference", "it is a project of the same solution referenced as a PackageReference"),
  ],
  solutions: [
    {
      title: t("确认包名，并把托管它的源加进 NuGet 配置", "Check the id and add the source that hosts it to the NuGet config"),
      steps: [t("先列出当前生效的源；缺少 nuget.org 或公司私有源时添加它，然后重新还原。", "List the sources in effect; add nuget.org or the company feed if missing, then restore again.")],
      code: (c) => block("bash", ["dotnet nuget list source", "dotnet nuget add source https://api.nuget.org/v3/index.json --name nuget.org", c.g.pkg ? `# then: dotnet add package ${shq(c.g.pkg)}` : null, "dotnet restore"]),
    },
    {
      title: t("它是本地项目时，改用项目引用", "If it is a local project, use a project reference"),
      steps: [t("用 dotnet add reference 引用那个 .csproj，而不是 PackageReference。", "Reference the .csproj with dotnet add reference instead of a PackageReference.")],
    },
  ],
  docs: ["https://github.com/MicrosoftDocs/mslearn-create-razor-pages-aspnet-core/issues/6", "https://www.telerik.com/maui-ui/documentation/knowledge-base/unable-to-find-package.md"],
  samples: [{ text: "D:\\a\\RestartWarning\\RestartWarning\\RestartWarning\\RestartWarning.csproj : error NU1101: Unable to find package BepInEx. No packages exist with this id in source(s): Microsoft Visual Studio Offline Packages, nuget.org", source: "https://github.com/sftmedia/restartwarning/issues/2" }],
});
