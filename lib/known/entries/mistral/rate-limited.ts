import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "mistral.rate-limited",
  category: "rate_limit",
  match: [/\\{0,2}"type\\{0,2}"\s{0,2}:\s{0,2}\\{0,2}"rate_limited\\{0,2}"[^\n]{0,60}?\\{0,2}"code\\{0,2}"\s{0,2}:\s{0,2}\\{0,2}"1300/],
  title: t("Mistral 限流（rate_limited）", "Mistral rate limit (rate_limited)"),
  summary: t(
    "Mistral 返回 429 rate_limited：这个 Key 所在工作区超过了它的速率或用量上限。免费的 Experiment 方案限额很低，付费方案还可以在控制台设置月度用量上限，达到后也会被拒绝。",
    "Mistral returned 429 rate_limited: the key's workspace went over its rate or usage limit. The free Experiment plan has very low limits, and paid workspaces can set a monthly usage limit in the console that also rejects requests once reached.",
  ),
  causes: [
    t("请求过快（免费方案每秒请求数很低），或一次发送的上下文过大", "requests too fast (the free plan allows very few per second), or too much context sent at once"),
    t("工作区设置的月度用量上限已用完", "the workspace's monthly usage limit is used up"),
  ],
  solutions: [
    { title: t("在客户端限速并退避重试", "Throttle on the client and back off"), steps: [t("给客户端加上每秒请求数限制，429 后逐次加倍间隔重试；减小每次发送的上下文。", "Add a per-second request limit on the client and retry with doubling intervals after a 429; send less context per call.")] },
    { title: t("检查工作区的用量上限和方案", "Check the workspace's usage limit and plan"), steps: [t("在 Mistral 控制台查看工作区的限额与月度用量上限，需要时调高上限或升级方案。", "In the Mistral console check the workspace's limits and monthly usage cap, and raise the cap or upgrade the plan if needed.")] },
  ],
  docs: ["https://github.com/vanna-ai/vanna/issues/177", "https://github.com/dnakov/anon-kode/issues/53"],
  samples: [
    { text: "{\"message\":\"API error occurred: Status 429 Content-Type application/json Body \\n{\\\"object\\\":\\\"error\\\",\\\"message\\\":\\\"Rate limit exceeded\\\",\\\"type\\\":\\\"rate_limited\\\",\\\"param\\\":null,\\\"code\\\":\\\"1300\\\"}\",\"status\":429,\"modelId\":\"devstral-2512\",\"providerId\":\"mistral\"}", source: "https://github.com/cline/cline/issues/9085" },
    { text: "SDKError: API error occurred: Status 429\nBody: {\"object\":\"error\",\"message\":\"Rate limit exceeded\",\"type\":\"rate_limited\",\"param\":null,\"code\":\"1300\",\"raw_status_code\":429}", source: "https://github.com/raycast/extensions/issues/31107" },
  ],
});
