import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ai-sdk.invalid-json-response",
  category: "data.parse",
  match: [/AI_APICallError\]?:? Invalid JSON response/, /APICallError \[AI_APICallError\]: Invalid JSON response/],
  title: t("AI SDK 收到的响应不是它期望的 JSON 结构", "The AI SDK got a response that is not the JSON shape it expects"),
  summary: t(
    "AI SDK 的 provider 用自己的 schema 解析服务端响应；响应体不是合法 JSON，或者 JSON 结构和该 provider 期望的不一致时，就抛出 APICallError「Invalid JSON response」。错误对象的 responseBody 里有原始响应。",
    "An AI SDK provider parses the server's response with its own schema; when the body is not valid JSON, or its structure differs from what that provider expects, it throws APICallError \"Invalid JSON response\". The error's responseBody holds the raw response.",
  ),
  causes: [
    t("用 @ai-sdk/openai 等专用 provider 去连接只是「兼容」的第三方服务，返回字段与官方不完全一致", "a dedicated provider such as @ai-sdk/openai talks to a merely compatible third-party service whose fields differ from the official API"),
    t("中间的代理、网关返回了 HTML 错误页或非 JSON 内容", "a proxy or gateway in between returned an HTML error page or other non-JSON content"),
    t("provider 包版本与服务端的新字段或新功能不匹配", "the provider package version does not match new fields or features of the server"),
  ],
  solutions: [
    {
      title: t("打印 error.responseBody 看服务端实际返回了什么", "Print error.responseBody to see what the server actually returned"),
      steps: [t("用 APICallError.isInstance(error) 捕获后输出 responseBody 和 statusCode；HTML 说明是代理或地址问题，JSON 则对比字段差异。", "Catch with APICallError.isInstance(error) and log responseBody and statusCode; HTML points to a proxy or URL problem, JSON means comparing the fields.")],
    },
    {
      title: t("第三方兼容服务改用 @ai-sdk/openai-compatible，并升级 provider 包", "Use @ai-sdk/openai-compatible for third-party compatible services, and upgrade the provider packages"),
      steps: [t("OpenAI 兼容 provider 对响应字段更宽松；同时把 ai 与 @ai-sdk/* 升到匹配的最新版本。", "The OpenAI-compatible provider is more lenient about response fields; also upgrade ai and @ai-sdk/* to matching current versions.")],
    },
  ],
  docs: ["https://github.com/vercel/ai/blob/main/content/docs/07-reference/05-ai-sdk-errors/ai-api-call-error.mdx", "https://github.com/vercel/ai/blob/main/packages/provider-utils/src/response-handler.ts", "https://github.com/vercel/ai/blob/main/content/providers/04-openai-compatible-providers/01-custom-providers.mdx"],
  samples: [{ text: "AI_APICallError: Invalid JSON response\n    at file:///app/node_modules/@ai-sdk/provider-utils/dist/index.mjs:772:13\n    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)", source: "https://github.com/vercel/ai/blob/main/packages/provider-utils/src/response-handler.ts" }],
});
