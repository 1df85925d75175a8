import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ai-sdk.tool-invocation-missing-result",
  category: "code.value",
  match: [/ToolInvocation must have a result/],
  title: t("工具调用没有结果（ToolInvocation must have a result）", "A tool call has no result (ToolInvocation must have a result)"),
  summary: t(
    "对话里有一次工具调用没有对应的结果：定义的工具没有 execute 函数，也没有在客户端通过 onToolCall / addToolOutput 提供结果，下一轮请求时 AI SDK 无法构造合法的消息历史。",
    "A tool call in the conversation has no result: the tool has no execute function and no result was supplied on the client via onToolCall / addToolOutput, so the AI SDK cannot build a valid message history for the next turn.",
  ),
  causes: [t("工具定义里没有 execute，且客户端没有提供工具结果", "the tool has no execute and the client supplies no result")],
  solutions: [
    {
      title: t("给工具加 execute 在服务端执行", "Give the tool an execute function on the server"),
      steps: [t("在 tool({ ..., execute: async (input) => ... }) 里返回结果。", "Return the result from tool({ ..., execute: async (input) => ... }).")],
    },
    {
      title: t("或在客户端提供结果", "Or supply the result on the client"),
      steps: [t("用 useChat 的 onToolCall 或 addToolOutput 为每次调用返回结果。", "Return a result for each call with useChat's onToolCall or addToolOutput.")],
    },
  ],
  docs: ["https://github.com/vercel/ai/blob/main/content/docs/09-troubleshooting/05-tool-invocation-missing-result.mdx"],
  samples: [{ text: "Error: ToolInvocation must have a result: {\"state\":\"call\",\"toolCallId\":\"call_1\",\"toolName\":\"askForConfirmation\",\"args\":{}}", source: "https://github.com/vercel/ai/blob/main/content/docs/09-troubleshooting/05-tool-invocation-missing-result.mdx" }],
});
