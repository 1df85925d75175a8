import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.onehub-user-rate-limit",
  category: "rate_limit",
  match: [/您的速率达到上限，请稍后再试/],
  title: t("触发了中转站按用户分组设置的请求速率上限", "The relay's per-user-group request rate limit was hit"),
  summary: t(
    "one-hub 按用户所在分组给每个用户设置 API 请求速率（以分钟为窗口）；超过后直接返回 429，请求没有发往上游。这是中转站自己的限流，不是上游模型的。",
    "one-hub gives every user an API request rate based on their user group (per-minute window); beyond it the relay answers 429 without forwarding. This is the relay's own limit, not the upstream model's.",
  ),
  causes: [
    t("短时间内请求太多（并发、批处理、失败后立即重试）", "too many requests in a short time (concurrency, batch jobs, immediate retries)"),
    t("所在用户分组的速率设置较低", "the user group's rate setting is low"),
  ],
  solutions: [
    {
      title: t("降低请求频率并退避重试", "Lower the request rate and retry with backoff"),
      steps: [t("在客户端限速，429 后等待下一分钟窗口再试。", "Rate-limit the client and wait for the next minute window after a 429.")],
    },
    {
      title: t("需要更高速率时，联系管理员调整分组", "For a higher rate, ask the admin to change your group"),
      steps: [t("速率由管理员按用户分组配置。", "The admin configures the rate per user group.")],
    },
  ],
  docs: ["https://github.com/MartialBE/one-hub/blob/main/middleware/api-limit.go"],
  samples: [{ text: '429 {"error":{"message":"您的速率达到上限，请稍后再试。","type":"one_hub_error"}}', source: "https://github.com/MartialBE/one-hub/blob/main/middleware/api-limit.go" }],
});
