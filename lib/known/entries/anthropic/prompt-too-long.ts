import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "anthropic.prompt-too-long",
  category: "request.context_length",
  // More specific than a wrapper's name (LiteLLM's ContextWindowExceededError): it carries the token counts.
  priority: 1,
  match: [/prompt is too long: (?<used>\d{1,9}) tokens > (?<limit>\d{1,9}) maximum/],
  title: (c) => t(`提示超出 Claude 上下文窗口（${c.g.used ?? "?"} > ${c.g.limit ?? "?"} token）`, `Prompt exceeds Claude's context window (${c.g.used ?? "?"} > ${c.g.limit ?? "?"} tokens)`),
  summary: (c) =>
    t(
      `这次请求的输入有 ${c.g.used ?? "过多"} 个 token，超过了模型 ${c.g.limit ?? ""} token 的上下文窗口。对话历史、附带的文件和工具结果都计入输入，所以长会话或把整个目录塞进提示时最常见。`,
      `The request's input is ${c.g.used ?? "too many"} tokens, over the model's ${c.g.limit ?? ""}-token context window. Chat history, attached files and tool results all count as input, so it is most common in long sessions or when a whole directory is put into the prompt.`,
    ),
  causes: [
    t("对话或智能体会话累积了太多历史", "a chat or agent session accumulated too much history"),
    t("把大文件、整个代码目录（包括缓存、构建产物）放进了提示", "large files or a whole code directory (caches and build output included) went into the prompt"),
  ],
  solutions: [
    {
      title: t("缩小输入", "Make the input smaller"),
      steps: [
        t("开始新会话，或把早期对话总结后再继续；排除缓存、依赖和构建目录，只放相关文件。", "Start a new session or summarise the earlier turns; exclude caches, dependencies and build folders and include only the relevant files."),
        t("发送前用 Token Counting API 估算输入 token，超限时先截断。", "Count input tokens with the Token Counting API before sending and trim when over."),
      ],
    },
    { title: t("发送前先统计 token", "Count tokens before sending"), steps: [t("用 Token Counting API 计算输入 token，超过模型上限时先截断或摘要，再发送。", "Count input tokens with the Token Counting API and truncate or summarise before sending when over the limit.")] },
  ],
  docs: ["https://docs.claude.com/en/api/errors", "https://github.com/sojohnnysaid/project-guide/issues/2"],
  samples: [
    { text: "litellm.BadRequestError: litellm.ContextWindowExceededError: AnthropicError - {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"prompt is too long: 209353 tokens > 199999 maximum\"}}", source: "https://github.com/entropy-research/Devon/issues/88" },
  ],
});
