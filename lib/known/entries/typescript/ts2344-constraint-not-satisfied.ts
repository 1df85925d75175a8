import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2344-constraint-not-satisfied",
  category: "code.type",
  match: [/\bTS2344:\s{0,3}Type '(?<arg>[^\n]{1,200}?)' does not satisfy the constraint '(?<constraint>[^\n]{1,200}?)'/],
  title: (c) => t(`类型参数 ${ic(c.g.arg ?? "")} 不满足约束 ${ic(c.g.constraint ?? "")}`, `Type argument ${ic(c.g.arg ?? "")} does not satisfy the constraint ${ic(c.g.constraint ?? "")}`),
  summary: t("给泛型传入的类型实参不满足泛型声明里的 extends 约束。常见于库升级后约束变严格、类型定义包（@types）与库本身版本不一致，或自定义类型缺少约束要求的属性。", "The type argument passed to a generic does not meet its extends constraint. Common causes: a stricter constraint after a library upgrade, @types packages out of step with the library, or a custom type missing a property the constraint requires."),
  causes: [t("库与其 @types 包（或两个相关库）版本不匹配", "a library and its @types package (or two related libraries) have mismatched versions"), t("自定义类型缺少约束要求的属性或签名", "the custom type lacks a property or signature the constraint requires")],
  solutions: [{ title: t("让类型实参满足约束，或对齐相关包的版本", "Make the type argument satisfy the constraint, or align related package versions"), steps: [t("读报错下方的缩进说明，补齐缺失的属性；如果错误出现在 node_modules 的 .d.ts 里，对齐库与 @types 的版本（也可临时用 skipLibCheck 排查）。", "Read the indented explanation and add what is missing; if the error sits in a .d.ts under node_modules, align the library with its @types version (skipLibCheck can help while investigating).")] }],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/store.ts(9,32): error TS2344: Type 'State' does not satisfy the constraint 'Record<string, unknown>'.\n  Index signature for type 'string' is missing in type 'State'.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
