import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "moonshot.rate-limit-reached",
  category: "rate_limit",
  match: [/request reached (?:organization |project )?(?<kind>TPM|RPM|TPD|max request|max concurrency)[^\n]{0,40}?(?:current: (?<cur>\d{1,9}), limit: (?<limit>\d{1,9}))?/, /\brate_limit_reached_error\b/],
  title: (c) => t(`Kimi 限流${c.g.kind ? `：${c.g.kind} 超限` : ""}${c.g.limit ? `（上限 ${c.g.limit}）` : ""}`, `Kimi rate limit${c.g.kind ? `: ${c.g.kind} exceeded` : ""}${c.g.limit ? ` (limit ${c.g.limit})` : ""}`),
  summary: t(
    "Kimi 开放平台按账户累计充值金额划分限流等级，限制并发、RPM、TPM 和 TPD；等级越低限额越小（未充值账户的 TPM 和并发很低）。这是速率问题，不是余额问题。",
    "The Kimi platform sets rate-limit tiers by the account's cumulative top-up, limiting concurrency, RPM, TPM and TPD; lower tiers get small limits (very low TPM and concurrency before any top-up). It is a rate problem, not a balance problem.",
  ),
  causes: [t("账户处于较低的限流等级，单次长请求就可能超过 TPM", "the account is on a low tier where one long request can exceed the TPM"), t("并发或请求频率超过当前等级的上限", "concurrency or request frequency above the tier's limit")],
  solutions: [
    { title: t("指数退避并控制并发", "Back off exponentially and cap concurrency"), steps: [t("失败后按 1s、2s、4s… 退避重试；用队列限制同时进行的请求；响应头 X-RateLimit-Remaining / X-RateLimit-Reset 显示剩余额度和重置时间。", "Retry after 1s, 2s, 4s …; limit simultaneous requests with a queue; the X-RateLimit-Remaining / X-RateLimit-Reset headers show what is left and when it resets.")] },
    { title: t("提升限流等级", "Move up a tier"), steps: [t("累计充值达到更高档位后系统自动升级限流等级；在控制台查看当前等级和各档位限额。", "Raising the cumulative top-up upgrades the tier automatically; see your tier and each tier's limits in the console.")] },
  ],
  docs: ["https://www.kimi.com/help/kimi-api/api-rate-limits", "https://www.kimi.com/help/kimi-api/api-troubleshooting"],
  samples: [{ text: "LLM provider error: Error code: 429 - {'error': {'message': \"We're receiving too many requests at the moment. Please wait a moment and try again.\", 'type': 'rate_limit_reached_error'}}", source: "https://github.com/MoonshotAI/kimi-cli/issues/901" }],
});
