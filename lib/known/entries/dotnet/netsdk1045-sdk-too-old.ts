import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "dotnet.netsdk1045-sdk-too-old",
  category: "dependency.missing",
  match: [/NETSDK1045:?\s{0,3}The current \.NET SDK does not support targeting (?<target>\.NET(?: Core)? [\d.]{1,6})\.\s{0,3}Either target (?<max>\.NET(?: Core)? [\d.]{1,6}) or lower/, /\bNETSDK1045\b/, /The current \.NET SDK does not support targeting (?<target>\.NET(?: Core)? [\d.]{1,6})/],
  title: (c) => t(`当前 .NET SDK 不能构建 ${c.g.target ?? "这个目标框架"} 的项目（NETSDK1045）`, `The installed .NET SDK cannot build for ${c.g.target ?? "this target framework"} (NETSDK1045)`),
  summary: (c) =>
    t(
      `项目的 TargetFramework 要求 ${c.g.target ?? "较新的 .NET"}，但实际执行构建的 SDK${c.g.max ? ` 最高只支持 ${c.g.max}` : "版本更旧"}。每个 SDK 只能面向不高于自己版本的 .NET；global.json 也可能把 SDK 固定在旧版本。`,
      `The project's TargetFramework needs ${c.g.target ?? "a newer .NET"}, but the SDK doing the build${c.g.max ? ` only goes up to ${c.g.max}` : " is older"}. An SDK can only target .NET versions up to its own; a global.json may also pin an older SDK.`,
    ),
  causes: [
    (c) => t(`没有安装 ${c.g.target ?? "对应版本"} 的 SDK（只装了运行时不够）`, `the ${c.g.target ?? "matching"} SDK is not installed (a runtime alone is not enough)`),
    t("global.json 把 SDK 版本固定在了旧版本", "global.json pins an older SDK version"),
    t("Visual Studio 自带的 SDK 较旧，或 CI 镜像/setup-dotnet 的版本没有升级", "Visual Studio's bundled SDK is older, or the CI image / setup-dotnet version was not bumped"),
  ],
  solutions: [
    {
      title: (c) => t(`安装支持 ${c.g.target ?? "该目标框架"} 的 .NET SDK`, `Install a .NET SDK that supports ${c.g.target ?? "the target framework"}`),
      steps: [t("用 dotnet --list-sdks 看已安装的 SDK，从 .NET 下载页安装所需版本；Visual Studio 用户也可以升级 Visual Studio。", "List installed SDKs with dotnet --list-sdks and install the required one from the .NET downloads page; Visual Studio users can also update Visual Studio.")],
      code: () => block("bash", ["dotnet --list-sdks", "dotnet --version", "ls global.json && cat global.json"]),
    },
    {
      title: t("检查 global.json 和 Directory.Build.props", "Check global.json and Directory.Build.props"),
      steps: [t("global.json 的 sdk.version 会决定用哪个 SDK；Directory.Build.props 里也可能设置了 TargetFramework。按需调整或删除。", "global.json's sdk.version decides which SDK runs; Directory.Build.props may set TargetFramework too. Adjust or remove as needed.")],
    },
  ],
  docs: ["https://github.com/dotnet/docs/blob/f46177708ccb87ccfc8c52407c5b4a6cd1401a77/docs/core/tools/sdk-errors/netsdk1045.md", "https://github.com/dotnet/docs/pull/22739"],
  samples: [{ text: "C:\\hostedtoolcache\\windows\\dotnet\\sdk\\9.0.102\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.NET.TargetFrameworkInference.targets(166,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 10.0.  Either target .NET 9.0 or lower, or use a version of the .NET SDK that supports .NET 10.0. Download the .NET SDK from https://aka.ms/dotnet/download", source: "https://github.com/microsoft/slngen/pull/648" }],
});
