import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "gemini.quota-exceeded",
  category: "rate_limit",
  match: [
    /Quota exceeded for metric: (?<metric>[\w./-]{1,120}), limit: (?<limit>\d{1,12})(?:, model: (?<model>[\w.-]{1,80}))?/,
    /Generate[A-Za-z]{1,60}Per(?<window>Minute|Day)[A-Za-z]{0,40}(?<free>-FreeTier)?/,
    "Resource has been exhausted (e.g. check quota)",
  ],
  guard: { provider: ["gemini"] },
  title: (c) => t(`Gemini 配额超限${c.g.model ? `：${ic(c.g.model)}` : ""}`, `Gemini quota exceeded${c.g.model ? ` for ${ic(c.g.model)}` : ""}`),
  summary: (c) => {
    const free = (c.g.metric ?? "").includes("free_tier") || Boolean(c.g.free) || c.f.has(/FreeTier|free_tier/);
    const day = c.g.window === "Day" || c.f.has(/PerDay/);
    return t(
      `Gemini API 按项目和模型限制每分钟请求数（RPM）、每分钟 token 数（TPM）和每天请求数（RPD）；这次超过了${day ? "每日" : "其中一项"}限额${c.g.limit ? `（上限 ${c.g.limit}）` : ""}。${free ? "报错里的 free_tier 表示项目还在免费层，免费层的限额很低。" : ""}${day ? "每日限额要等到配额重置才恢复，短时间重试没有用。" : "每分钟限额过了时间窗口就会恢复。"}`,
      `The Gemini API limits each project and model on requests per minute (RPM), tokens per minute (TPM) and requests per day (RPD); this request went over ${day ? "the daily" : "one"} limit${c.g.limit ? ` (limit ${c.g.limit})` : ""}. ${free ? "free_tier in the message means the project is still on the free tier, whose limits are low. " : ""}${day ? "A daily limit only recovers when the quota resets, so retrying soon will not help." : "A per-minute limit recovers once the window passes."}`,
    );
  },
  causes: [
    t("请求或 token 速率超过了项目在该模型上的 RPM / TPM", "requests or tokens per minute above the project's RPM / TPM for the model"),
    t("免费层的每日请求数（RPD）已用完", "the free tier's requests per day (RPD) are used up"),
    t("同一个项目下的多个 Key 共享同一份配额", "several keys in the same project share one quota"),
  ],
  solutions: [
    {
      title: t("按提示的时间退避重试，降低速率", "Back off for the time the message gives and slow down"),
      steps: [t("消息里的 “Please retry in …” 是建议等待时间；降低并发，每分钟类限额会随窗口恢复。", "“Please retry in …” in the message is the suggested wait; lower concurrency, and per-minute limits recover with the window.")],
    },
    {
      title: t("查看用量并升级到付费层", "Check usage and move to a paid tier"),
      steps: [t("在 AI Studio 的 rate limit / usage 页面查看各项限额；在 API keys 页面为项目 Set up billing，付费层的限额高得多。", "Check each limit on AI Studio's rate-limit / usage page; Set up billing for the project on the API keys page, since paid tiers have much higher limits.")],
    },
  ],
  docs: ["https://ai.google.dev/gemini-api/docs/rate-limits", "https://ai.google.dev/gemini-api/docs/troubleshooting?authuser=6&hl=de"],
  samples: [
    {
      text: "ApiError: {\"error\":{\"code\":429,\"message\":\"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.\",\"status\":\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.QuotaFailure\",\"violations\":[{\"quotaMetric\":\"generativelanguage.googleapis.com/generate_content_free_tier_input_token_count\",\"quotaId\":\"GenerateContentInputTokensPerModelPerMinute-FreeTier\",\"quotaDimensions\":{\"location\":\"global\",\"model\":\"gemini-2.5-pro\"},\"quotaValue\":\"250000\"}]}]}}",
      source: "https://github.com/google-gemini/gemini-cli-action/issues/36",
    },
    { text: "Exception: API request failed: Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 20, model: gemini-3-flash-preview\nquotaId: GenerateRequestsPerDayPerProjectPerModel-FreeTier", source: "https://github.com/google-gemini/api-examples/issues/98" },
  ],
});
