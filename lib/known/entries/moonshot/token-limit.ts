import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "moonshot.token-limit",
  category: "request.context_length",
  match: [/Your request exceeded model token limit\s*:\s*(?<limit>\d{1,9})(?:\s*\(requested: (?<req>\d{1,9})\))?/, "Input token length too long"],
  title: (c) => t(`Kimi：输入加 max_tokens 超过模型上限${c.g.limit ? ` ${c.g.limit}` : ""}`, `Kimi: input plus max_tokens exceeds the model limit${c.g.limit ? ` of ${c.g.limit}` : ""}`),
  summary: (c) =>
    t(
      `请求的输入 token 数加上设置的 max_tokens 超过了模型规格长度${c.g.limit ? `（${c.g.limit}${c.g.req ? `，本次 ${c.g.req}` : ""}）` : ""}。要么缩短输入，要么调小 max_tokens，或换更长上下文的模型。`,
      `The request's input tokens plus the max_tokens you set exceed the model's length${c.g.limit ? ` (${c.g.limit}${c.g.req ? `; this request ${c.g.req}` : ""})` : ""}. Shorten the input, lower max_tokens, or use a longer-context model.`,
    ),
  causes: [t("对话历史或文件内容累积过长", "accumulated history or file content too long"), t("max_tokens 设得太大：它和输入一起计入模型长度", "max_tokens too large: it counts toward the model length together with the input")],
  solutions: [
    { title: t("调小 max_tokens 或缩短输入", "Lower max_tokens or shorten the input"), steps: [t("先用 estimate-token-count 接口估算输入 token，max_tokens 不要超过“模型上限 − 输入 token”。", "Estimate input tokens with the estimate-token-count endpoint and keep max_tokens at or below the model limit minus the input tokens.")] },
    { title: t("开新会话或换长上下文模型", "Start a new session or use a longer-context model"), steps: [t("智能体会话过长时开始新会话或压缩历史。", "When an agent session gets too long, start fresh or compact the history.")] },
  ],
  docs: ["https://platform.kimi.ai/docs/api/errors", "https://platform.moonshot.cn/docs/guide/faq"],
  samples: [{ text: "LLM provider error: Error code: 400 - {'error': {'message': 'Invalid request: Your request exceeded model token limit: 262144 (requested: 269030)', 'type': 'invalid_request_error'}}", source: "https://github.com/MoonshotAI/kimi-cli/issues/2011" }],
});
