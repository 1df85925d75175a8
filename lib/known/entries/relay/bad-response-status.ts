import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.bad-response-status",
  category: "upstream.unavailable",
  match: [/bad response status code (?<status>\d{3})(?!\d)/],
  title: (c) => t(`中转站的上游返回了 ${c.g.status ?? "错误"} 状态码，且没有可读的错误信息`, `The relay's upstream returned status ${c.g.status ?? "?"} with no readable error message`),
  summary: t(
    "中转站转发请求后，上游返回了非 200 的状态码，但响应体里没有 OpenAI 格式的错误信息（可能是空响应、HTML 页面或其他格式），中转站只能报告状态码本身。",
    "After forwarding, the upstream answered with a non-200 status but no OpenAI-style error in the body (empty, HTML or another format), so the relay can only report the status code.",
  ),
  causes: [
    (c) => (c.g.status && c.g.status.startsWith("5") ? t("上游服务自身出错或过载（5xx）", "the upstream itself failed or is overloaded (5xx)") : null),
    (c) => (c.g.status === "401" || c.g.status === "403" ? t("渠道里配置的上游 Key 失效或无权限", "the upstream key configured in the channel is invalid or lacks permission") : null),
    (c) => (c.g.status === "404" ? t("渠道的 Base URL 或上游接口路径不对", "the channel's base URL or upstream path is wrong") : null),
    t("渠道配置的上游地址前面有代理或网关，返回了非 JSON 的错误页", "a proxy or gateway in front of the channel's upstream returned a non-JSON error page"),
  ],
  solutions: [
    {
      title: t("管理员：测试渠道并查看上游原始响应", "Admin: test the channel and look at the upstream's raw response"),
      steps: [t("用渠道「测试」复现，必要时开启调试日志查看上游返回的原始内容，再按状态码检查 Key、地址或上游状态。", "Reproduce with the channel's Test, enable debug logging to see the upstream's raw body if needed, then check the key, address or upstream status according to the code.")],
    },
    {
      title: t("用户：换一个模型或稍后再试，并把 request id 提供给运营方", "Users: try another model or later, and give the request id to the operator"),
      steps: [t("5xx 往往是暂时的；4xx 需要运营方修复渠道配置。", "5xx is often temporary; 4xx needs the operator to fix the channel configuration.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/relay/controller/error.go"],
  samples: [{ text: '{"error":{"message":"bad response status code 502 (request id: 2025030112000012345678abcdEFGH)","type":"upstream_error","param":"502","code":"bad_response_status_code"}}', source: "https://github.com/songquanpeng/one-api/blob/main/relay/controller/error.go" }],
});
