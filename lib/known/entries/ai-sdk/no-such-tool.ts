import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "ai-sdk.no-such-tool",
  category: "code.name",
  match: [/Model tried to call unavailable tool '(?<tool>[^'\n]{1,80})'/, /\bAI_NoSuchToolError\b/],
  title: (c) => (c.g.tool ? t(`模型调用了不存在的工具 ${ic(c.g.tool)}`, `The model called a tool that does not exist: ${ic(c.g.tool)}`) : t("模型调用了不存在的工具", "The model called a tool that does not exist")),
  summary: t(
    "模型返回的工具调用里的名字不在这次请求传入的 tools 里，AI SDK 无法执行它。",
    "The tool name in the model's tool call is not among the tools passed with this request, so the AI SDK cannot run it.",
  ),
  causes: [
    t("模型凭空编造了工具名，或沿用了对话历史里以前存在、这次没传的工具", "the model invented a tool name, or reused one from earlier in the conversation that this request did not pass"),
    t("tools 对象里的键名与提示词里描述的工具名不一致", "the keys of the tools object differ from the tool names described in the prompt"),
  ],
  solutions: [
    {
      title: t("确认 tools 的键名和提示词一致，并每次都传入需要的工具", "Keep tool keys consistent with the prompt and pass every tool needed on each call"),
      steps: [t("错误对象的 availableTools 列出了本次可用的工具名，可以和模型调用的名字对照。", "The error's availableTools lists the tools available this time; compare it with the name the model used.")],
    },
    {
      title: t("用 experimental_repairToolCall 修复或优雅处理", "Repair it with experimental_repairToolCall, or handle it gracefully"),
      steps: [t("捕获 NoSuchToolError.isInstance(error)，提示模型重试或返回友好的错误。", "Catch NoSuchToolError.isInstance(error) and ask the model to retry or return a friendly error.")],
    },
  ],
  docs: ["https://github.com/vercel/ai/blob/main/content/docs/07-reference/05-ai-sdk-errors/ai-no-such-tool-error.mdx", "https://github.com/vercel/ai/blob/main/packages/ai/src/error/no-such-tool-error.ts"],
  samples: [{ text: "AI_NoSuchToolError: Model tried to call unavailable tool 'get_weather'. Available tools: search, calculator.", source: "https://github.com/vercel/ai/blob/main/packages/ai/src/error/no-such-tool-error.ts" }],
});
