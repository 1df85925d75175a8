import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ai-sdk.type-validation",
  category: "data.parse",
  match: [/Type validation failed(?: for [^:\n]{1,80})?(?: \([^)\n]{1,120}\))?: Value: [^\n]{0,2000}\n?\s{0,4}Error message:/, /\bAI_TypeValidationError\b/],
  title: t("数据没有通过 AI SDK 的类型校验", "Data failed the AI SDK's type validation"),
  summary: t(
    "AI SDK 用 schema（zod 等）校验数据：模型返回的对象、工具调用参数、流里的消息块或服务端响应。值与 schema 不符时抛出 AI_TypeValidationError，错误信息里有原始值和具体的校验错误。",
    "The AI SDK validates data with a schema (zod or similar): model output objects, tool-call arguments, stream chunks or server responses. A value that does not match throws AI_TypeValidationError, whose message holds the value and the exact validation error.",
  ),
  causes: [
    t("模型输出或工具参数不符合你定义的 schema（字段缺失、类型不对）", "the model's output or tool arguments do not match your schema (missing fields, wrong types)"),
    t("OpenAI 兼容的第三方服务返回的结构与 provider 的响应 schema 不一致", "a third-party OpenAI-compatible service returns a structure that differs from the provider's response schema"),
    t("前后端 AI SDK 版本不一致，消息格式对不上", "front end and back end run different AI SDK versions whose message formats differ"),
  ],
  solutions: [
    {
      title: t("读错误里的 Value 和 Error message，按字段修正", "Read the Value and Error message and fix the fields"),
      steps: [t("它指出了哪个字段不符合；放宽 schema（可选字段、默认值）或在提示词里强调格式。", "It names the field that failed; relax the schema (optional fields, defaults) or stress the format in the prompt.")],
    },
    {
      title: t("统一 ai / @ai-sdk/* 版本；第三方服务改用 @ai-sdk/openai-compatible", "Align ai / @ai-sdk/* versions; use @ai-sdk/openai-compatible for third-party services"),
      steps: [t("前后端与各 provider 包使用同一主版本。", "Use the same major version on both sides and across provider packages.")],
    },
  ],
  docs: ["https://github.com/vercel/ai/blob/main/content/docs/07-reference/05-ai-sdk-errors/ai-type-validation-error.mdx", "https://github.com/vercel/ai/blob/main/packages/provider/src/errors/type-validation-error.ts"],
  samples: [{ text: 'AI_TypeValidationError: Type validation failed: Value: {"city":"Paris"}.\nError message: [{"code":"invalid_type","expected":"number","received":"undefined","path":["temperature"],"message":"Required"}]', source: "https://github.com/vercel/ai/blob/main/packages/provider/src/errors/type-validation-error.ts" }],
});
