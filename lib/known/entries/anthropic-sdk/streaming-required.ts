import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "anthropic-sdk.streaming-required",
  category: "request.invalid",
  match: [/Streaming is (?:strongly recommended|required) for operations that may take longer than 10 minutes/],
  title: t("max_tokens 太大，Anthropic SDK 要求改用流式请求", "max_tokens is so large that the Anthropic SDK requires streaming"),
  summary: t(
    "Anthropic Python SDK 按 max_tokens 估算非流式请求的耗时（按 128k tokens 一小时折算）；估算超过 10 分钟时，它拒绝发出非流式请求，因为长时间无数据的 HTTP 连接容易被网络中间设备断开。",
    "The Anthropic Python SDK estimates a non-streaming request's duration from max_tokens (scaled so that 128k tokens take an hour); above 10 minutes it refuses the non-streaming call, because a long idle HTTP connection is easily dropped by network middleboxes.",
  ),
  causes: [t("非流式的 messages.create() 设置了很大的 max_tokens（大约 21k 以上就会超过 10 分钟的估算）", "a non-streaming messages.create() sets a large max_tokens (above roughly 21k the estimate passes 10 minutes)")],
  solutions: [
    {
      title: t("改用流式接口", "Switch to streaming"),
      steps: [t("使用 client.messages.stream(...)（或 create(..., stream=True)）；需要完整结果时可以在流结束后取最终消息。", "Use client.messages.stream(...) (or create(..., stream=True)); if you need the whole result, take the final message when the stream ends.")],
    },
    {
      title: t("或者减小 max_tokens", "Or lower max_tokens"),
      steps: [t("输出不需要那么长时，调小 max_tokens 即可继续用非流式请求。", "If the output does not need to be that long, a smaller max_tokens keeps the non-streaming call working.")],
    },
  ],
  docs: ["https://github.com/anthropics/anthropic-sdk-python/blob/main/src/anthropic/_base_client.py", "https://github.com/anthropics/anthropic-sdk-python#long-requests"],
  samples: [{ text: "ValueError: Streaming is required for operations that may take longer than 10 minutes. See https://github.com/anthropics/anthropic-sdk-python#long-requests for more details", source: "https://github.com/anthropics/anthropic-sdk-python/blob/main/src/anthropic/_base_client.py" }],
});
