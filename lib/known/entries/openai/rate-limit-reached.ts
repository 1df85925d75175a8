import { defineKnownError, t } from "../../define";
import { openaiBase, retryOtherEco, sdkRetries } from "../../llm";

const unit = (kind: string | undefined) => (kind === "tokens" ? "TPM/TPD" : kind === "requests" ? "RPM/RPD" : null);

export default defineKnownError({
  id: "openai.rate-limit-reached",
  category: "rate_limit",
  match: [/Rate limit reached for (?<model>[\w.:-]{1,80}) in organization (?<org>org-\w{1,60}) on (?<kind>tokens|requests|images)/],
  title: (c) =>
    c.g.model
      ? t(`OpenAI 限流：${c.g.model} 的${c.g.kind === "tokens" ? " token " : "请求"}速率超限`, `OpenAI rate limit on ${c.g.model} (${c.g.kind ?? "requests"} per minute/day)`)
      : t("OpenAI 限流", "OpenAI rate limit reached"),
  summary: (c) =>
    t(
      `组织 ${c.g.org ?? ""} 在一个时间窗口内发送的${c.g.kind === "tokens" ? " token 数" : "请求数"}超过了它当前用量等级（usage tier）给 ${c.g.model ?? "该模型"} 的上限${unit(c.g.kind) ? `（${unit(c.g.kind)}）` : ""}。这是速率问题，不是余额问题：窗口过去后请求会恢复。`,
      `Organization ${c.g.org ?? ""} sent more ${c.g.kind ?? "requests"} in one window than its usage tier allows for ${c.g.model ?? "this model"}${unit(c.g.kind) ? ` (${unit(c.g.kind)})` : ""}. It is a rate, not a balance: requests succeed again once the window passes.`,
    ),
  causes: [
    t("并发或循环调用太密集，或多个程序共用同一个 Key / 组织", "too many concurrent or looped calls, or several programs sharing the key / organization"),
    t("单次请求的 token 很多（长上下文、大 max_tokens），很快用完每分钟 token 配额", "large requests (long context, large max_tokens) that use up the tokens-per-minute budget quickly"),
    t("组织处于较低的用量等级；等级随累计付费自动提升", "the organization is on a low usage tier; tiers rise automatically with amount paid"),
  ],
  solutions: [
    {
      title: t("按提示的等待时间退避重试", "Back off and retry after the time the message gives"),
      steps: [
        t("消息里的 “Please try again in …” 就是窗口剩余时间；用指数退避重试，官方 SDK 默认会对 429 重试 2 次，可以调大 max_retries。", "“Please try again in …” is the time left in the window; retry with exponential backoff. The official SDKs retry 429 twice by default; raise max_retries."),
      ],
      code: (c) => sdkRetries(c, openaiBase(c), "OPENAI_API_KEY") ?? retryOtherEco(c),
    },
    {
      title: t("降低速率或 token 用量", "Send fewer requests or fewer tokens"),
      steps: [t("限制并发数，合并零碎的小请求；缩短上下文，减少每分钟消耗的 token。", "Limit concurrency and batch small requests; trim the context so each minute uses fewer tokens.")],
    },
    {
      title: t("查看并提高用量等级", "Check and raise the usage tier"),
      steps: [t("在 Settings → Limits 查看各模型的 RPM/TPM；用量等级会随累计付费自动提升，限额随之提高。", "See each model's RPM/TPM under Settings → Limits; the usage tier, and with it the limits, rises automatically as cumulative spend grows.")],
    },
  ],
  docs: ["https://developers.openai.com/docs/guides/error-codes", "https://developers.openai.com/api/docs/guides/rate-limits", "https://cookbook.openai.com/examples/how_to_handle_rate_limits", "https://www.mintlify.com/openai/openai-python/concepts/retries"],
  samples: [
    {
      text: "openai.error.RateLimitError: Rate limit reached for gpt-4 in organization org-uVqpjtJiKqvVJMVfvpaounIh on tokens per min (TPM): Limit 10000, Used 8554, Requested 3082. Please try again in 9.816s. Visit https://platform.openai.com/account/rate-limits to learn more.",
      source: "https://github.com/FoundationAgents/MetaGPT/issues/523",
    },
  ],
});
