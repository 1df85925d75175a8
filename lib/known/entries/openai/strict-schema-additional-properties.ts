import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "openai.strict-schema-additional-properties",
  category: "request.invalid",
  priority: 1,
  match: [/Invalid schema for (?:response_format|function) '(?<name>[\w.-]{1,100})':\s{0,4}In context=\((?<ctx>[^)\n]{0,200})\), 'additionalProperties' is required to be supplied and to be false/],
  title: (c) => t(`严格 JSON Schema ${ic(c.g.name ?? "")} 缺少 additionalProperties: false`, `Strict JSON schema ${ic(c.g.name ?? "")} lacks additionalProperties: false`),
  summary: (c) =>
    t(
      `使用 Structured Outputs（strict: true）时，schema 里的每一个 object 都必须显式写 additionalProperties: false，并把所有属性列进 required。${c.g.ctx ? `出问题的位置是 ${ic(`context=(${c.g.ctx})`)}。` : "context=() 表示根对象本身就缺。"}这通常是 Pydantic/Zod/Valibot 等自动生成的 schema 没带这个字段。`,
      `With Structured Outputs (strict: true) every object in the schema must say additionalProperties: false explicitly and list all its properties in required. ${c.g.ctx ? `The offending place is ${ic(`context=(${c.g.ctx})`)}.` : "context=() means the root object itself lacks it."} Usually a schema generated from Pydantic/Zod/Valibot did not include the field.`,
    ),
  causes: [
    t("手写或自动生成的 JSON Schema 里，根对象或某个嵌套对象没有 additionalProperties: false", "the root object or a nested object in the hand-written or generated JSON schema has no additionalProperties: false"),
    t("库把 schema 发给了开启 strict 的接口（OpenAI、Azure OpenAI 或经 OpenRouter 转发），却没有按严格模式改写 schema", "a library sent the schema to an endpoint in strict mode (OpenAI, Azure OpenAI, or via OpenRouter) without rewriting it for strict mode"),
  ],
  solutions: [
    {
      title: t("给每个 object 加上 additionalProperties: false，并把属性全部列入 required", "Add additionalProperties: false to every object and list all properties in required"),
      steps: [
        t("逐层检查 schema：根对象、properties 里的对象、数组 items 里的对象都要有 additionalProperties: false；required 必须包含该对象的全部属性（可选字段改用允许空值的联合类型表示）。", "Walk the schema: the root, objects under properties and objects under array items all need additionalProperties: false; required must list every property of that object (give an optional field a union type that also allows an empty value)."),
        t("用官方 SDK 的辅助方法（Python 的 client.chat.completions.parse 传 Pydantic 模型、Node 的 zodResponseFormat）生成 schema，它们会按严格模式转换。", "Let the official SDK helpers build the schema (Python client.chat.completions.parse with a Pydantic model, Node zodResponseFormat); they convert it for strict mode."),
      ],
    },
    {
      title: t("或者关闭 strict", "Or turn strict off"),
      steps: [t("如果无法改 schema，可以把 json_schema.strict 设为 false（或改用 json_object 模式），代价是输出不再保证符合 schema。", "If you cannot change the schema, set json_schema.strict to false (or use json_object mode); the output is then no longer guaranteed to match the schema.")],
    },
  ],
  docs: ["https://github.com/scaleway/docs-content/commit/b33aef93e35491d1afa3e0f6fe3093b82b713a2b", "https://github.com/openai/openai-java/issues/139", "https://learn.microsoft.com/en-us/javascript/api/@azure/search-documents/chatcompletionschema"],
  samples: [
    {
      text: "XSAIError: Remote sent 400 response: {\"error\":{\"message\":\"Provider returned error\",\"code\":400,\"metadata\":{\"raw\":\"{\\n  \\\"error\\\": {\\n    \\\"message\\\": \\\"Invalid schema for response_format 'json_schema': In context=('properties', 'etymology'), 'additionalProperties' is required to be supplied and to be false.\\\",\\n    \\\"type\\\": \\\"invalid_request_error\\\"\\n  }\\n}\",\"provider_name\":\"Azure\"}}}",
      source: "https://github.com/moeru-ai/xsai/issues/202",
    },
  ],
});
