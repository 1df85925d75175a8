import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "relay.request-rate-limit",
  category: "rate_limit",
  match: [
    /您已达到(?<total>总)?请求数限制[:：]\s*(?<minutes>\d{1,6})\s*分钟内最多请求\s*(?<max>\d{1,9})\s*次/,
    /You have reached the (?<total>total )?request limit: maximum (?<max>\d{1,9}) requests in (?<minutes>\d{1,6}) minutes/,
  ],
  title: (c) => t(`触发中转站的限流：${c.g.minutes ?? "?"} 分钟内最多 ${c.g.max ?? "?"} 次`, `Relay rate limit: at most ${c.g.max ?? "?"} requests per ${c.g.minutes ?? "?"} minutes`),
  summary: (c) =>
    t(
      `这是中转站管理员设置的每用户请求数限制，不是上游模型的限流：在 ${ic(`${c.g.minutes ?? "?"} 分钟`)} 的窗口里${c.g.total ? "总请求数（包括失败的请求）" : "成功请求数"}已达到 ${ic(c.g.max ?? "?")} 次，中转站直接返回 429。`,
      `This is the per-user request limit the relay's admin configured, not the upstream model's limit: within a ${ic(`${c.g.minutes ?? "?"} minute`)} window your ${c.g.total ? "total requests (failed ones included)" : "successful requests"} reached ${ic(c.g.max ?? "?")}, so the relay answers 429.`,
    ),
  causes: [
    t("短时间内请求太多（循环、批处理、并发）", "too many requests in a short time (loops, batch jobs, concurrency)"),
    (c) => (c.g.total ? t("失败的请求也计数：程序在出错后立刻反复重试，会很快耗尽次数", "failed requests count too: a program that retries immediately after errors uses the allowance up fast") : null),
  ],
  solutions: [
    {
      title: (c) => t(`等窗口过去后再请求，或把频率压到每 ${c.g.minutes ?? "?"} 分钟 ${c.g.max ?? "?"} 次以内`, `Wait for the window to pass, or keep below ${c.g.max ?? "?"} requests per ${c.g.minutes ?? "?"} minutes`),
      steps: [t("在客户端加速率控制和退避重试；不要在出错后立即重试。", "Add rate control and backoff to the client; do not retry immediately after an error.")],
    },
    {
      title: t("需要更高的限额时，联系中转站管理员", "For a higher limit, contact the relay's admin"),
      steps: [t("这个限制按分组配置，管理员可以调高你所在分组的限额。", "The limit is configured per group; the admin can raise it for your group.")],
    },
  ],
  docs: ["https://github.com/QuantumNous/new-api/blob/main/middleware/model-rate-limit.go", "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml"],
  samples: [
    { text: '429 {"error":{"message":"您已达到请求数限制：1分钟内最多请求10次","type":"new_api_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/middleware/model-rate-limit.go" },
    { text: '429 {"error":{"message":"您已达到总请求数限制：1分钟内最多请求60次，包括失败次数，请检查您的请求是否正确","type":"new_api_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/middleware/model-rate-limit.go" },
  ],
});
