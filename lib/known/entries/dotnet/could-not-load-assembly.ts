import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "dotnet.could-not-load-assembly",
  category: "dependency.missing",
  match: [/System\.IO\.(?<kind>FileNotFoundException|FileLoadException): Could not load file or assembly '(?<asm>[\w.-]{1,150}), Version=(?<ver>[\d.]{1,30})/, /Could not load file or assembly '(?<asm>[\w.-]{1,150})(?:, Version=(?<ver>[\d.]{1,30}))?/],
  title: (c) => t(`运行时加载不到程序集 ${ic(c.g.asm ?? "")}${c.g.ver ? ` ${c.g.ver}` : ""}`, `The runtime could not load assembly ${ic(c.g.asm ?? "")}${c.g.ver ? ` ${c.g.ver}` : ""}`),
  summary: (c) =>
    t(
      `运行时要加载 ${c.g.asm ? ic(c.g.asm) : "这个程序集"}${c.g.ver ? `（程序集版本 ${c.g.ver}）` : ""}，但输出目录里没有它，或者有的是另一个版本。${c.g.kind === "FileLoadException" ? "FileLoadException 加上“manifest definition does not match”说明找到了文件但版本不对。" : ""}常见原因是两个依赖需要同一个包的不同版本，或者旧的 bin/obj 里残留了别的版本。先查清依赖树里谁引用了它，把它显式升级到同一个版本，清理后重新构建；.NET Framework 项目还需要绑定重定向。`,
      `The runtime needed ${c.g.asm ? ic(c.g.asm) : "the assembly"}${c.g.ver ? ` (assembly version ${c.g.ver})` : ""} and the output folder has no copy of it, or a different version.${c.g.kind === "FileLoadException" ? " A FileLoadException with \"manifest definition does not match\" means a file was found but its version is wrong." : ""} Usually two dependencies want different versions of the same package, or stale bin/obj folders keep another version. Find who references it in the dependency tree, reference it explicitly at one version, clean and rebuild; .NET Framework projects also need binding redirects.`,
    ),
  causes: [
    t("两个包依赖同一个程序集的不同版本，输出目录里只留下了较旧的那个", "two packages depend on different versions of the same assembly and the output keeps the older one"),
    t("旧的 bin/obj 残留，或部署时漏拷了这个 DLL", "stale bin/obj folders, or the DLL was not copied when deploying"),
    t(".NET Framework 项目缺少 bindingRedirect（app.config / web.config）", "a .NET Framework project lacks a bindingRedirect (app.config / web.config)"),
    t("目标机器的共享框架版本比构建时引用的低", "the target machine's shared framework is older than the one referenced at build time"),
  ],
  solutions: [
    {
      title: t("查清是谁引用了它，统一版本后干净重建", "Find who references it, align the version and rebuild clean"),
      steps: [t("在 .csproj 里对这个包加一条显式 PackageReference（用依赖树里最高的版本），这样所有依赖都会解析到同一个版本。注意程序集版本号不一定等于 NuGet 包版本号。", "Add an explicit PackageReference for the package in the .csproj (at the highest version in the tree) so every dependency resolves to one version. The assembly version is not necessarily the NuGet package version.")],
      code: (c) => {
        const asm = c.g.asm && /^[\w.-]{1,150}$/.test(c.g.asm) ? c.g.asm : null;
        return block("bash", [asm ? `dotnet list package --include-transitive | grep -i ${shq(asm)}` : "dotnet list package --include-transitive", "dotnet clean && rm -rf bin obj", "dotnet build"]);
      },
    },
    {
      title: t(".NET Framework 项目：让构建生成绑定重定向", ".NET Framework projects: let the build generate binding redirects"),
      steps: [t("加到 .csproj 里，重新构建后 bin 目录下的 .config 文件会带上 bindingRedirect；Web 项目则需要在 web.config 里手工加入。", "Add this to the .csproj; after a rebuild the .config next to the binary carries the bindingRedirect entries. Web projects need them added to web.config by hand.")],
      code: () => block("xml", ["<PropertyGroup>", "  <AutoGenerateBindingRedirects>true</AutoGenerateBindingRedirects>", "  <GenerateBindingRedirectsOutputType>true</GenerateBindingRedirectsOutputType>", "</PropertyGroup>"]),
    },
  ],
  docs: ["https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/redirect-assembly-versions", "https://learn.microsoft.com/en-us/dotnet/framework/debug-trace-profile/bindingfailure-mda", "https://github.com/dotnet/aspnetcore/issues/1751", "https://github.com/NuGet/Home/issues/3016"],
  samples: [
    { text: "System.IO.FileNotFoundException: Could not load file or assembly 'Newtonsoft.Json, Version=6.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed' or one of its dependencies. The system cannot find the file specified.", source: "https://github.com/dotnet/aspnetcore/issues/1160" },
    { text: "System.IO.FileLoadException: Could not load file or assembly 'Newtonsoft.Json, Version=9.0.0.0,     Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed' or one of its dependencies. The located assembly's  manifest definition does not match the assembly reference. (Exception from HRESULT: 0x80131040)", source: "https://github.com/dotnet/aspnetcore/issues/1751" },
  ],
});
