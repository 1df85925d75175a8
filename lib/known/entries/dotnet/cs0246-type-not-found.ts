import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "dotnet.cs0246-type-or-namespace-not-found",
  category: "code.name",
  match: [/error CS0246: The type or namespace name '(?<name>[\w.<>`]{1,150})' could not be found/, /\bCS0246\b[^\n]{0,40}The type or namespace name '(?<name>[\w.<>`]{1,150})' could not be found/],
  title: (c) => t(`找不到类型或命名空间 ${ic(c.g.name ?? "")}（CS0246）`, `Type or namespace ${ic(c.g.name ?? "")} not found (CS0246)`),
  summary: (c) =>
    t(
      `C# 编译器找不到 ${c.g.name ? ic(c.g.name) : "这个类型/命名空间"}：要么名字拼写（包括大小写）不对，要么缺少 using 指令，要么项目没有引用包含它的程序集 / NuGet 包。`,
      `The C# compiler cannot find ${c.g.name ? ic(c.g.name) : "the type or namespace"}: the name (including its casing) is wrong, a using directive is missing, or the project does not reference the assembly / NuGet package that contains it.`,
    ),
  causes: [
    t("缺少 using 指令（例如 HashSet 需要 using System.Collections.Generic;）", "a missing using directive (HashSet needs using System.Collections.Generic;)"),
    t("项目没有引用包含该类型的 NuGet 包或项目（ProjectReference）", "the project does not reference the NuGet package or project that contains the type"),
    t("大小写或拼写错误（C# 区分大小写）", "wrong spelling or casing (C# is case-sensitive)"),
    t("引用的程序集/项目的目标框架比当前项目更新", "the referenced assembly or project targets a newer framework than this project"),
  ],
  solutions: [
    {
      title: t("加上 using，或者添加包含该类型的包/项目引用", "Add the using directive, or the package/project reference that contains the type"),
      steps: [t("查文档确认类型所在的命名空间和程序集：命名空间用 using 引入；程序集来自 NuGet 包时用 dotnet add package 添加；来自解决方案里的另一个项目时用 dotnet add reference。", "Look up the type's namespace and assembly: bring the namespace in with using; add the NuGet package with dotnet add package, or another project in the solution with dotnet add reference.")],
    },
    {
      title: t("曾经能编译时，先还原包并检查 .csproj 的改动", "If it used to compile, restore packages and check .csproj changes"),
      steps: [t("运行 dotnet restore，查看解决方案资源管理器里是否有未解析的引用，并在版本历史里对比 .csproj 的改动。", "Run dotnet restore, look for unresolved references in Solution Explorer, and compare the .csproj changes in source control.")],
    },
  ],
  docs: ["https://learn.microsoft.com/en-us/previous-versions/visualstudio/visual-studio-2013/w7xf6dxs(v=vs.120)"],
  samples: [{ text: "WebAppUtils.cs(296,44): error CS0246: The type or namespace name 'HashSet' could not be found (are you missing a using directive or an assembly reference?)", source: "https://pastebin.com/83KNtp0W" }],
});
