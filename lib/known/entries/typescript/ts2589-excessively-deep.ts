import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2589-excessively-deep",
  category: "code.type",
  match: [/\bTS2589:\s{0,3}Type instantiation is excessively deep and possibly infinite/],
  title: t("类型实例化嵌套过深（可能无限递归）", "Type instantiation is excessively deep (possibly infinite)"),
  summary: t("TypeScript 在展开一个递归或深层嵌套的泛型类型时超过了内部深度上限，于是放弃并报错。常见于复杂的递归条件类型、深层路径类型，以及 zod、tRPC、Prisma 等库的推断链在两个不同版本的库类型相遇时。", "TypeScript hit its internal depth limit while expanding a recursive or deeply nested generic type and gave up. Common with complex recursive conditional types, deep path types, and the inference chains of libraries such as zod, tRPC or Prisma, especially when two copies of a library's types meet."),
  causes: [t("自定义递归类型没有终止条件或递归过深", "a custom recursive type lacks a base case or recurses too deeply"), t("项目里装了同一个库的两个版本，类型互相比较时展开过深", "two versions of the same library are installed and comparing their types expands too far")],
  solutions: [{ title: t("截断递归，或统一库的版本", "Cap the recursion, or align library versions"), steps: [t("给递归类型加深度计数或终止条件；用 npm ls <库名> 检查是否有重复版本并去重；在调用处给中间结果写显式类型注解，减少推断深度。", "Add a depth counter or base case to recursive types; check for duplicate versions with npm ls <library> and dedupe them; annotate intermediate results explicitly to cut inference depth.")] }],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/router.ts(42,3): error TS2589: Type instantiation is excessively deep and possibly infinite.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
