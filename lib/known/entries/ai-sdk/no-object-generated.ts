import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ai-sdk.no-object-generated",
  category: "data.parse",
  match: [/No object generated: (?<why>response did not match schema|could not parse the response|the model did not return a response)/, /\bAI_NoObjectGeneratedError\b/],
  title: t("AI SDK 没能从模型输出里得到符合 schema 的对象", "The AI SDK got no schema-conforming object from the model"),
  summary: (c) =>
    t(
      `generateObject / Output.object 需要模型返回能解析、且通过 schema 校验的 JSON；这里${c.g.why === "response did not match schema" ? "模型返回的 JSON 不符合 schema" : c.g.why === "could not parse the response" ? "模型返回的文本不是可解析的 JSON" : "模型没有返回可用的内容"}。`,
      `generateObject / Output.object needs the model to return JSON that parses and passes the schema; here ${c.g.why === "response did not match schema" ? "the JSON did not match the schema" : c.g.why === "could not parse the response" ? "the text was not parseable JSON" : "the model returned nothing usable"}.`,
    ),
  causes: [
    t("输出被 max tokens 截断（错误的 finishReason 为 length），JSON 不完整", "the output was cut off by the token limit (finishReason is length), leaving incomplete JSON"),
    t("模型（尤其是较小的或通过兼容接口接入的模型）不遵守 schema：字段缺失、类型不对、多了 Markdown 代码块", "the model (especially a small one, or one behind a compatible API) does not follow the schema: missing fields, wrong types, Markdown fences"),
    t("schema 要求过严或过于复杂", "the schema is too strict or too complex"),
  ],
  solutions: [
    {
      title: t("查看错误里的 text、finishReason 和 cause", "Inspect the error's text, finishReason and cause"),
      steps: [t("用 NoObjectGeneratedError.isInstance(error) 捕获后打印 error.text 和 error.cause，就知道是截断、解析失败还是 schema 不符。", "Catch it with NoObjectGeneratedError.isInstance(error) and print error.text and error.cause to see whether it was truncation, a parse failure or a schema mismatch.")],
    },
    {
      title: t("按原因调整：加大输出上限、简化 schema、换更可靠的模型", "Fix by cause: raise the output limit, simplify the schema, or use a more reliable model"),
      steps: [t("在 schema 的字段上加 describe() 说明，也能提高模型遵守的概率。", "Adding describe() to schema fields also helps the model follow it.")],
    },
  ],
  docs: ["https://github.com/vercel/ai/blob/main/content/docs/07-reference/05-ai-sdk-errors/ai-no-object-generated-error.mdx"],
  samples: [{ text: "AI_NoObjectGeneratedError: No object generated: response did not match schema.\n    at parseAndValidateObjectResult (file:///app/node_modules/ai/dist/index.mjs:2310:11)", source: "https://github.com/vercel/ai/blob/main/packages/ai/src/generate-object/parse-and-validate-object-result.ts" }],
});
