import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ai-sdk.invalid-prompt",
  category: "code.value",
  match: [/Invalid prompt: (?<why>The messages do not match the ModelMessage\[\] schema|messages must not be empty|prompt or messages must be defined|prompt and messages cannot be defined at the same time|System messages are not allowed)/, /\bAI_InvalidPromptError\b/],
  title: t("传给 AI SDK 的 prompt / messages 不合法", "The prompt / messages passed to the AI SDK are invalid"),
  summary: (c) =>
    t(
      `generateText / streamText 在发请求前校验 prompt 和 messages${c.g.why ? `：${c.g.why}` : ""}。最常见的是把前端 useChat 传来的 UIMessage[] 直接当成 messages，而它需要先转换成 ModelMessage[]。`,
      `generateText / streamText validate prompt and messages before any request${c.g.why ? `: ${c.g.why}` : ""}. The most common case is passing the UIMessage[] from useChat straight in as messages, which must first be converted to ModelMessage[].`,
    ),
  causes: [
    t("把 UIMessage[]（带 parts 的前端消息）直接传给了 messages", "UIMessage[] (front-end messages with parts) was passed directly as messages"),
    t("同时传了 prompt 和 messages，或两者都没传、messages 为空", "both prompt and messages were passed, or neither, or messages is empty"),
    t("把 system 消息放进了 messages，而新版本要求用 instructions 选项", "system messages were put in messages while newer versions require the instructions option"),
  ],
  solutions: [
    {
      title: t("用 convertToModelMessages() 转换前端消息", "Convert front-end messages with convertToModelMessages()"),
      steps: [t("在路由处理函数里先转换再传给 streamText / generateText。", "Convert in the route handler before passing them to streamText / generateText.")],
      code: () =>
        block("typescript", [
          "import { convertToModelMessages, type UIMessage } from 'ai';",
          "",
          "export async function toModelMessages(messages: UIMessage[]) {",
          "  return await convertToModelMessages(messages);",
          "}",
        ]),
    },
    {
      title: t("只传 prompt 或 messages 其中之一", "Pass exactly one of prompt or messages"),
      steps: [t("单轮文本用 prompt，多轮对话用 messages；系统提示放在 system / instructions 里。", "Use prompt for single-turn text and messages for conversations; put the system prompt in system / instructions.")],
    },
  ],
  docs: ["https://github.com/vercel/ai/blob/main/content/docs/07-reference/05-ai-sdk-errors/ai-invalid-prompt-error.mdx", "https://github.com/vercel/ai/blob/main/packages/ai/src/prompt/standardize-prompt.ts"],
  samples: [{ text: "AI_InvalidPromptError: Invalid prompt: The messages do not match the ModelMessage[] schema.\n    at standardizePrompt (file:///app/node_modules/ai/dist/index.mjs:1420:11)", source: "https://github.com/vercel/ai/blob/main/packages/ai/src/prompt/standardize-prompt.ts" }],
});
