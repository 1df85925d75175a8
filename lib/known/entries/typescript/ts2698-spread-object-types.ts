import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2698-spread-object-types",
  category: "code.type",
  match: [/\bTS2698:\s{0,3}Spread types may only be created from object types/],
  title: t("只能展开对象类型的值", "Only object types can be spread"),
  summary: t("对象展开 {...x} 里的 x 的类型不是对象类型：它可能是 unknown、泛型参数、原始类型，或者包含非对象成员的联合类型。", "In an object spread {...x}, x is not an object type: it may be unknown, an unconstrained generic, a primitive, or a union with non-object members."),
  causes: [t("值被标注为 unknown 或来自未约束的泛型参数", "the value is typed unknown or comes from an unconstrained generic parameter"), t("值可能是原始类型（字符串、数字、布尔）", "the value may be a primitive (string, number, boolean)")],
  solutions: [{ title: t("先把值收窄为对象类型", "Narrow the value to an object type first"), steps: [t("给泛型加约束（<T extends object>），或在展开前判断 typeof x === \"object\" 并排除空值。", "Constrain the generic (<T extends object>), or check typeof x === \"object\" and rule out empty values before spreading.")] }],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/merge.ts(3,14): error TS2698: Spread types may only be created from object types.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
