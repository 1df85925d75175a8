import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ai-sdk.failed-to-parse-stream",
  category: "data.parse",
  match: [/Failed to parse stream string\. Invalid code/],
  title: t("useChat 无法解析服务端返回的流（协议不匹配）", "useChat cannot parse the server's stream (protocol mismatch)"),
  summary: t(
    "AI SDK 3.0.20 起，useChat / useCompletion 默认期望「数据流协议」格式的流；服务端返回的是纯文本流（旧版 SDK、自定义 provider 或直接返回 LangChain 的流），前端就无法解析。",
    "Since AI SDK 3.0.20, useChat / useCompletion expect the data stream protocol by default; when the server returns a plain text stream (an older SDK, a custom provider, or a raw LangChain stream), the front end cannot parse it.",
  ),
  causes: [
    t("后端用的 AI SDK 版本比前端旧", "the backend uses an older AI SDK than the front end"),
    t("后端返回的是纯文本流（自定义 provider 或 LangChain 流）", "the backend returns a plain text stream (custom provider or LangChain stream)"),
  ],
  solutions: [
    {
      title: t("前端改用文本流协议：streamProtocol: 'text'", "Switch the front end to the text protocol: streamProtocol: 'text'"),
      steps: [t("useChat({ streamProtocol: 'text' }) 会把响应当作纯文本流处理。", "useChat({ streamProtocol: 'text' }) treats the response as a plain text stream.")],
    },
    {
      title: t("或者让后端返回数据流协议", "Or make the backend return the data stream protocol"),
      steps: [t("前后端使用同一版本的 AI SDK，后端用 SDK 提供的方法生成响应。", "Use the same AI SDK version on both sides and build the response with the SDK's helpers.")],
    },
  ],
  docs: ["https://github.com/vercel/ai/blob/main/content/docs/09-troubleshooting/08-use-chat-failed-to-parse-stream.mdx"],
  samples: [{ text: "Error: Failed to parse stream string. Invalid code data.\n    at parseStreamPart (webpack-internal:///(app-pages-browser)/./node_modules/ai/dist/index.mjs:105:11)", source: "https://github.com/vercel/ai/blob/main/content/docs/09-troubleshooting/08-use-chat-failed-to-parse-stream.mdx" }],
});
