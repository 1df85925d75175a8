import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ollama.context-exceeded",
  category: "request.context_length",
  match: [/the prompt is longer than the context length currently available to the model/, /input (?:after truncation )?exceeds maximum context length/, /the input length exceeds the context length/],
  title: t("输入超过了 Ollama 当前的上下文窗口", "The input exceeds Ollama's current context window"),
  summary: t(
    "Ollama 的上下文窗口默认只有 4096 tokens（可以被 OLLAMA_CONTEXT_LENGTH 或请求里的 num_ctx 改变），不是模型训练时支持的最大长度。输入超过当前窗口且无法再截断时，请求失败。",
    "Ollama's context window defaults to 4096 tokens (changed by OLLAMA_CONTEXT_LENGTH or num_ctx in the request), not the model's trained maximum. When the input exceeds the current window and cannot be truncated further, the request fails.",
  ),
  causes: [
    t("上下文窗口还是默认值，而提示词（文档、对话历史、工具结果）更长", "the context window is still the default while the prompt (documents, history, tool output) is longer"),
    t("嵌入或单条消息太长，无法靠丢弃早期消息来截断", "an embedding input or a single message is too long to be truncated by dropping earlier messages"),
  ],
  solutions: [
    {
      title: t("调大上下文窗口", "Enlarge the context window"),
      steps: [t("在请求的 options 里设置 num_ctx，或在启动服务时设置 OLLAMA_CONTEXT_LENGTH；更大的窗口需要更多内存。", "Set num_ctx in the request options, or OLLAMA_CONTEXT_LENGTH when starting the server; a larger window needs more memory.")],
    },
    {
      title: t("缩短输入", "Shorten the input"),
      steps: [t("切分文档、只保留最近的对话、截断工具输出。", "Split documents, keep only recent turns, truncate tool output.")],
    },
  ],
  docs: ["https://github.com/ollama/ollama/blob/main/docs/faq.mdx", "https://github.com/ollama/ollama/blob/main/llm/llama_server.go", "https://github.com/ollama/ollama/blob/main/docs/context-length.mdx"],
  samples: [{ text: '400 {"error":"the input length exceeds the context length"}', source: "https://github.com/ollama/ollama/blob/main/llm/llama_server.go" }],
});
