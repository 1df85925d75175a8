import { defineKnownError, t } from "../../define";

const num = (s: string | undefined) => (s ? Number(s) : null);

export default defineKnownError({
  id: "openai.context-length-exceeded",
  category: "request.context_length",
  match: [
    /This model's maximum context length is (?<limit>\d{3,8}) tokens[.,]?\s*(?:However,\s*)?(?:your messages resulted in (?<used>\d{3,9}) tokens|you requested (?<req>\d{3,9}) tokens(?: \((?<prompt>\d{1,9}) in (?:the messages|your prompt); (?<completion>\d{1,9}) (?:in|for) the completion\))?)?/i,
    "context_length_exceeded",
  ],
  title: (c) => (c.g.limit ? t(`输入超出模型 ${c.g.limit} token 的上下文窗口`, `Input exceeds the model's ${c.g.limit}-token context window`) : t("输入超出模型的上下文窗口", "Input exceeds the model's context window")),
  summary: (c) => {
    const over = num(c.g.used) ?? num(c.g.req);
    const parts = c.g.completion ? t(`（其中消息 ${c.g.prompt} 个，为输出预留 ${c.g.completion} 个）`, ` (${c.g.prompt} in the messages, ${c.g.completion} reserved for the completion)`) : t("", "");
    return t(
      `模型一次能处理的 token 数（输入加上为输出预留的 max_tokens）有上限${c.g.limit ? ` ${c.g.limit}` : ""}；这次请求${over ? `共 ${over} 个 token` : "超出了这个上限"}${parts.zh}。对话历史会随每轮累积，所以常在聊了一段时间后出现。`,
      `A model handles a fixed number of tokens per request (the input plus the max_tokens reserved for output)${c.g.limit ? `: ${c.g.limit}` : ""}; this request ${over ? `came to ${over}` : "went over it"}${parts.en}. Chat history grows each turn, so it often appears after a conversation has run for a while.`,
    );
  },
  causes: [
    t("对话历史、检索到的文档或工具输出全部拼进了请求，越积越长", "the whole chat history, retrieved documents or tool outputs are sent each time and keep growing"),
    t("max_tokens 设得过大：为输出预留的 token 也计入上下文", "max_tokens is set too high: tokens reserved for output count against the window too"),
    t("所选模型的上下文窗口比需要的小", "the chosen model's context window is smaller than the task needs"),
  ],
  solutions: [
    {
      title: t("缩短输入", "Shorten the input"),
      steps: [
        t("只保留最近若干轮对话，或把早期对话总结成一段摘要；检索文档时减少分块数量或分块大小。", "Keep only the last few turns or summarise the earlier ones; retrieve fewer or smaller chunks."),
        t("发送前用 tiktoken 之类的分词器估算 token 数，超限时先截断。", "Count tokens before sending (with a tokenizer such as tiktoken) and trim when over the limit."),
      ],
    },
    {
      title: t("调小 max_tokens", "Lower max_tokens"),
      steps: [t("输入加 max_tokens 必须不超过上下文窗口；只为输出预留实际需要的长度。", "Input plus max_tokens must fit in the window; reserve only as much output as you need.")],
    },
    {
      title: t("换上下文窗口更大的模型", "Use a model with a larger context window"),
      steps: [t("在模型页面对比各模型的 context window，选一个能容纳这次输入的模型。", "Compare context windows on the models page and pick one that fits this input.")],
    },
  ],
  docs: ["https://developers.openai.com/docs/guides/error-codes", "https://platform.openai.com/docs/api-reference/chat/create"],
  samples: [
    {
      text: "openai.error.InvalidRequestError: This model's maximum context length is 4097 tokens, however you requested 4231 tokens (3975 in your prompt; 256 for the completion). Please reduce your prompt; or completion length.",
      source: "https://github.com/hwchase17/chat-your-data/issues/10",
    },
    {
      text: "{\"error\":{\"message\":\"This model's maximum context length is 4097 tokens. However, your messages resulted in 4294 tokens. Please reduce the length of the messages.\",\"type\":\"invalid_request_error\",\"param\":\"messages\",\"code\":\"context_length_exceeded\"}}",
      source: "https://github.com/chathub-dev/chathub/issues/126",
    },
  ],
});
