import { defineKnownError, t } from "../../define";
import { anthropicClient } from "../../llm";

export default defineKnownError({
  id: "anthropic.rate-limit-error",
  category: "rate_limit",
  match: [/This request would exceed (?:the rate limit for your organization|your organization's rate limit)[^\n]{0,80}? of (?<limit>[\d,]{1,12}) (?<what>input tokens|output tokens|requests) per minute/, /["']type["']\s*:\s*["']rate_limit_error["']/],
  title: (c) => (c.g.limit ? t(`Anthropic 限流：超过组织每分钟 ${c.g.limit} 个${c.g.what === "requests" ? "请求" : c.g.what === "output tokens" ? "输出 token" : "输入 token"}的上限`, `Anthropic rate limit: over the organization's ${c.g.limit} ${c.g.what ?? "tokens"} per minute`) : t("Anthropic 限流（rate_limit_error）", "Anthropic rate limit (rate_limit_error)")),
  summary: t(
    "Anthropic 按组织的用量等级（usage tier）限制每分钟请求数、输入 token 数和输出 token 数；这次请求会超过其中一项，所以返回 429，响应头里的 retry-after 表示要等多久。",
    "Anthropic limits each organization, by usage tier, on requests, input tokens and output tokens per minute; this request would exceed one of them, so it got a 429 whose retry-after header says how long to wait.",
  ),
  causes: [
    t("单次请求的输入很长（大段代码、长对话、文件），低等级组织的每分钟输入 token 上限很容易被一次请求占满", "very long inputs (large code, long chats, files): on a low tier one request can fill the per-minute input budget"),
    t("多个进程或智能体共用同一个组织并发调用", "several processes or agents calling concurrently under the same organization"),
    t("组织处于较低的用量等级", "the organization is on a low usage tier"),
  ],
  solutions: [
    {
      title: t("按 retry-after 等待后重试", "Wait for retry-after, then retry"),
      steps: [t("官方 SDK 遇到 429 会自动退避重试；可以调大 max_retries，并降低并发。", "The official SDKs back off and retry on 429; raise max_retries and lower concurrency.")],
      code: (c) => anthropicClient(c, 5),
    },
    {
      title: t("减少每分钟的 token", "Send fewer tokens per minute"),
      steps: [t("缩短提示和上下文，调小 max_tokens（错误信息本身也建议这样做）。", "Shorten prompts and context and lower max_tokens, as the message itself suggests.")],
    },
    {
      title: t("提升用量等级", "Move up a usage tier"),
      steps: [t("在 Claude Console 的 Limits 页面查看当前等级和限额；等级随用量达到门槛自动提升（最高到 Tier 4），更高额度联系销售。", "See your tier and limits in the Claude Console; tiers advance automatically as usage passes thresholds (up to Tier 4); contact sales for more.")],
    },
  ],
  docs: ["https://docs.claude.com/en/api/errors", "https://support.claude.com/en/articles/8243635-our-approach-to-api-rate-limits"],
  samples: [
    {
      text: "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"This request would exceed the rate limit for your organization (d1f8a929-344a-41f7-8f0b-a462d53000d5) of 40,000 input tokens per minute. For details, refer to: https://docs.anthropic.com/en/api/rate-limits. You can see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later.\"}}",
      source: "https://github.com/devoxx/DevoxxGenieIDEAPlugin/issues/633",
    },
  ],
});
