import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ai-sdk.json-parse-error",
  category: "data.parse",
  // An HTML page in the text is an upstream/proxy failure (taxonomy rule 6), not a parse problem: leave it to the classifier.
  match: [/JSON parsing failed: Text: (?!\s{0,3}<)/],
  title: t("AI SDK 解析不了收到的 JSON", "The AI SDK could not parse the JSON it received"),
  summary: t(
    "AI SDK 在解析服务端响应（或流里的某一段、工具调用参数）时遇到不是合法 JSON 的文本；错误的 text 属性就是那段原文。",
    "The AI SDK met text that is not valid JSON while parsing a server response (or a stream chunk, or tool-call arguments); the error's text property holds that raw text.",
  ),
  causes: [
    t("中间的代理、隧道或网关改写或截断了响应（例如返回 HTML 错误页、缓冲并切断流）", "a proxy, tunnel or gateway in between rewrote or truncated the response (an HTML error page, a buffered and cut stream)"),
    t("模型生成的工具调用参数不是合法 JSON", "the model produced tool-call arguments that are not valid JSON"),
    t("服务端返回的格式与所用 provider 不匹配", "the server's format does not match the provider in use"),
  ],
  solutions: [
    {
      title: t("查看 error.text，判断是哪一方的问题", "Inspect error.text to see which side is at fault"),
      steps: [t("HTML 或被截断的内容指向代理/网络；半截 JSON 的工具参数指向模型输出。", "HTML or truncated content points to a proxy/network; half-finished JSON tool arguments point to the model's output.")],
    },
    {
      title: t("绕过改写响应的代理，或改用匹配的 provider", "Bypass the proxy that rewrites responses, or use the matching provider"),
      steps: [t("直连服务端复现；第三方兼容接口用 @ai-sdk/openai-compatible。", "Reproduce against the server directly; for third-party compatible APIs use @ai-sdk/openai-compatible.")],
    },
  ],
  docs: ["https://github.com/vercel/ai/blob/main/content/docs/07-reference/05-ai-sdk-errors/ai-json-parse-error.mdx", "https://github.com/vercel/ai/blob/main/packages/provider/src/errors/json-parse-error.ts"],
  samples: [{ text: "AI_JSONParseError: JSON parsing failed: Text: {\"location\": \"San Fr.\nError message: Unterminated string in JSON at position 21", source: "https://github.com/vercel/ai/blob/main/packages/provider/src/errors/json-parse-error.ts" }],
});
