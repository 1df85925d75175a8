import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openrouter.free-models-per-day",
  category: "rate_limit",
  match: [/Rate limit exceeded: free-models-per-(?<window>day|minute)(?<high>-high-balance)?/],
  title: (c) => t(`OpenRouter 免费模型每${c.g.window === "minute" ? "分钟" : "日"}请求数用完`, `OpenRouter free-model requests per ${c.g.window ?? "day"} used up`),
  summary: (c) =>
    t(
      `用 :free 免费模型时，OpenRouter 对账户有单独的每${c.g.window === "minute" ? "分钟" : "日"}请求上限；报错里的 X-RateLimit-Remaining: 0 表示这一份已经用完。${c.g.window === "minute" ? "等一分钟即可恢复。" : "每日额度要到第二天才重置；账户买过一定数量的 credits 后，免费模型的每日上限会大幅提高（消息本身写明了门槛）。"}`,
      `With :free models OpenRouter applies a separate per-${c.g.window ?? "day"} request cap to the account; X-RateLimit-Remaining: 0 in the error means it is used up. ${c.g.window === "minute" ? "It recovers within a minute." : "The daily cap resets the next day; once the account has bought some credits, the free-model daily cap is much higher (the message states the threshold)."}`,
    ),
  causes: [
    t("免费模型的每日请求次数已用完（同一账户的所有 Key 共享）", "the free-model daily request count is used up (shared by every key of the account)"),
    t("账户没有购买过 credits，免费模型处于最低的每日上限", "the account never bought credits, so free models sit at the lowest daily cap"),
  ],
  solutions: [
    { title: t("购买少量 credits 提高免费模型上限", "Buy a few credits to raise the free-model cap"), steps: [t("按消息提示在 https://openrouter.ai/settings/credits 购买 credits，免费模型的每日请求上限随之提高。", "As the message says, buy credits at https://openrouter.ai/settings/credits; the free-model daily cap rises accordingly.")] },
    { title: t("或者改用付费模型 / 等待重置", "Or use a paid model / wait for the reset"), steps: [t("去掉模型 ID 的 :free 后缀改用付费版本，或等到次日额度重置。", "Drop the :free suffix to use the paid variant, or wait for the daily reset.")] },
  ],
  docs: ["https://openrouter.ai/docs/api/reference/errors-and-debugging", "https://github.com/huggingface/smolagents/issues/361"],
  samples: [
    { text: "litellm.RateLimitError: RateLimitError: OpenrouterException - Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day", source: "https://github.com/Aider-AI/aider/issues/3936" },
    { text: "429 {\"error\":{\"message\":\"Rate limit exceeded: free-models-per-day-high-balance.\",\"type\":\"rate_limit_error\",\"code\":\"429\"}}", source: "https://github.com/Gitlawb/openclaude/issues/1549" },
  ],
});
