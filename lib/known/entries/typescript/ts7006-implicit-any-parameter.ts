import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts7006-implicit-any-parameter",
  category: "code.type",
  match: [/\bTS7006:\s{0,3}Parameter '(?<name>[^'\n]{1,100})' implicitly has an 'any' type/, /\bTS7031:\s{0,3}Binding element '(?<name>[^'\n]{1,100})' implicitly has an 'any' type/],
  title: (c) => t(`参数 ${ic(c.g.name ?? "")} 没有类型，被隐式推断为 any`, `Parameter ${ic(c.g.name ?? "")} has no type and is implicitly any`),
  summary: t(
    "开启 noImplicitAny（strict 包含它）时，TypeScript 无法从上下文推断出类型的参数必须写类型注解。常见于独立定义的回调函数、事件处理函数和从 JavaScript 迁移来的代码。",
    "With noImplicitAny (part of strict), a parameter whose type cannot be inferred from context must be annotated. Typical spots: callbacks defined on their own, event handlers, and code migrated from JavaScript.",
  ),
  causes: [t("函数单独定义（没有作为回调直接传入），TypeScript 拿不到上下文类型", "the function is defined on its own (not passed inline as a callback), so there is no contextual type"), t("项目刚开启 strict 或 noImplicitAny", "the project just turned on strict or noImplicitAny")],
  solutions: [
    {
      title: t("给参数写上类型", "Annotate the parameter"),
      steps: [t("写出参数的实际类型（例如 (e: React.ChangeEvent<HTMLInputElement>) 或 (item: Item)）；把函数直接内联为回调时，TypeScript 通常能自动推断。", "Write the parameter's real type ((e: React.ChangeEvent<HTMLInputElement>) or (item: Item), for example); when the function is inlined as a callback, TypeScript can often infer it.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/execution-scopes/test-run.ts(35,57): error TS7006: Parameter 'api' implicitly has an 'any' type.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
