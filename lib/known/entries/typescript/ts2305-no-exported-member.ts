import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2305-no-exported-member",
  category: "code.name",
  match: [/\bTS(?<code>2305|2614|2724):\s{0,3}(?:Module ['"]{1,2}(?<mod>[^'"\n]{1,200})['"]{1,2}|'"?(?<mod2>[^'"\n]{1,200})"?') has no exported member (?:named )?'(?<name>[^'\n]{1,100})'/],
  title: (c) => t(`${ic(c.g.mod ?? c.g.mod2 ?? "")} 没有导出 ${ic(c.g.name ?? "")}`, `${ic(c.g.mod ?? c.g.mod2 ?? "")} has no export named ${ic(c.g.name ?? "")}`),
  summary: (c) =>
    c.g.code === "2614"
      ? t("这个名字是模块的默认导出，却被写成了命名导入（花括号）。", "The name is the module's default export but was imported as a named import (in braces).")
      : t("模块的类型声明里没有这个命名导出：名字拼错、导出在新/旧版本里改名或移除，或者它是默认导出而不是命名导出。", "The module's declarations have no such named export: the name is misspelled, it was renamed or removed in another version, or it is the default export rather than a named one."),
  causes: [t("安装的包版本与代码依据的文档版本不一致（导出改名或移除）", "the installed version differs from the one the code was written for (the export was renamed or removed)"), t("默认导出与命名导出混用", "default and named exports were mixed up")],
  solutions: [
    {
      title: t("对照已安装版本的导出修改 import", "Fix the import against the installed version's exports"),
      steps: [t("查看 node_modules 里该包的 .d.ts（或 IDE 的自动补全）确认实际导出名；默认导出写成 import x from，命名导出写成 import { x } from。若需要的导出只在另一个大版本里，升级或降级该包。", "Check the package's .d.ts in node_modules (or your IDE's completion) for the real export names; import a default export as import x from and a named one as import { x } from. If the export only exists in another major, upgrade or downgrade the package.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/main.tsx(3,10): error TS2305: Module '\"react-router-dom\"' has no exported member 'Switch'.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
