import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.upstream-request-failed",
  category: "upstream.unavailable",
  match: [/upstream error: do request failed/, /请求上游地址失败/, /"code"\s*:\s*"do_request_failed"/],
  title: t("中转站连不上上游服务", "The relay could not reach its upstream"),
  summary: t(
    "请求已经通过了令牌和渠道检查，但中转站向渠道配置的上游地址发请求时失败了（连接、DNS、TLS 或超时），没有拿到任何响应。问题在中转站到上游这一段网络或渠道配置上。",
    "The request passed the token and channel checks, but the relay's own request to the channel's upstream address failed (connection, DNS, TLS or timeout) and got no response. The problem lies between the relay and its upstream, or in the channel configuration.",
  ),
  causes: [
    t("渠道的代理地址（Base URL）写错或不可达", "the channel's base URL is wrong or unreachable"),
    t("中转站所在服务器访问上游的网络受限（需要代理、被防火墙拦截）", "the relay server's network to the upstream is restricted (needs a proxy, blocked by a firewall)"),
    t("上游服务暂时不可用", "the upstream service is temporarily down"),
  ],
  solutions: [
    {
      title: t("管理员：测试该渠道并检查它的地址和网络", "Admin: test the channel and check its address and network"),
      steps: [t("在「渠道」页面对该渠道点「测试」；在中转站服务器上直接 curl 上游地址，确认 DNS、代理和证书都正常。", "Use Test on the channel in the Channels page; curl the upstream address from the relay server to confirm DNS, proxy and certificates.")],
    },
    {
      title: t("用户：稍后重试，或联系中转站运营方", "Users: retry later, or contact the relay's operator"),
      steps: [t("附上错误里的 request id，运营方能据此在日志里找到对应的上游错误。", "Include the request id from the message so the operator can find the upstream error in the logs.")],
    },
  ],
  docs: ["https://github.com/QuantumNous/new-api/blob/main/types/error.go"],
  samples: [{ text: '500 {"error":{"message":"upstream error: do request failed (request id: 2025030112000012345678abcdEFGH)","type":"new_api_error","param":"","code":"do_request_failed"}}', source: "https://github.com/QuantumNous/new-api/blob/main/types/error.go" }],
});
