import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "dotnet.cs1061-no-definition",
  category: "code.name",
  match: [/error CS1061: '(?<type>[^'\n]{1,150})' does not contain a definition for '(?<member>[\w]{1,100})'/, /\bCS1061\b[^\n]{0,40}'(?<type>[^'\n]{1,150})' does not contain a definition for '(?<member>[\w]{1,100})'/],
  title: (c) => t(`${ic(c.g.type ?? "类型")} 没有成员 ${ic(c.g.member ?? "")}（CS1061）`, `${ic(c.g.type ?? "type")} has no member ${ic(c.g.member ?? "")} (CS1061)`),
  summary: (c) =>
    t(
      `调用了 ${c.g.type ? ic(c.g.type) : "这个类型"} 上不存在的方法或成员 ${c.g.member ? ic(c.g.member) : ""}，也没有找到同名的可用扩展方法。常见原因是拼错名字，或者扩展方法所在的命名空间/包没有引入（例如 LINQ 的 ToList 需要 using System.Linq;，EF Core 的异步扩展需要对应的 NuGet 包）。`,
      `${c.g.member ? ic(c.g.member) : "The member"} does not exist on ${c.g.type ? ic(c.g.type) : "the type"}, and no accessible extension method by that name was found. Usually the name is misspelt, or the namespace/package that holds the extension method is not imported (LINQ's ToList needs using System.Linq;, EF Core's async extensions need their NuGet package).`,
    ),
  causes: [
    t("成员名拼写或大小写错误", "the member name is misspelt or wrongly cased"),
    t("想用的是扩展方法，但缺少它所在命名空间的 using，或缺少提供它的 NuGet 包", "it is an extension method whose namespace is not imported, or whose NuGet package is missing"),
    t("变量的静态类型比你以为的更宽（例如 object、接口），该成员只在具体类型上存在", "the variable's static type is wider than you think (object, an interface) and the member only exists on the concrete type"),
  ],
  solutions: [
    {
      title: t("核对成员名，或引入提供扩展方法的命名空间/包", "Check the member name, or import the namespace/package that provides the extension method"),
      steps: [t("确认名字拼写；如果是扩展方法，加上对应的 using，必要时用 dotnet add package 安装提供它的包。", "Check the spelling; for an extension method add its using, installing the package that provides it with dotnet add package if needed.")],
    },
    {
      title: t("类型由你维护时，添加这个成员或扩展方法", "If you own the type, add the member or an extension method"),
      steps: [t("能修改类时直接实现该成员；不能修改时写一个扩展方法。", "Implement the member if you can change the class; otherwise write an extension method.")],
    },
  ],
  docs: ["https://learn.microsoft.com/en-us/dotnet/csharp/language-reference/compiler-messages/cs1061"],
  samples: [{ text: "Error CS1061 'DbSet' does not contain a definition for 'ToList' and no accessible extension method 'ToList' accepting a first argument of type 'DbSet' could be found (are you missing a using directive or an assembly reference?)", source: "https://github.com/dotnet/docs/issues/45771" }],
});
