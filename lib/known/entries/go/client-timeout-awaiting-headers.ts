import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "go.client-timeout-awaiting-headers",
  category: "network.timeout",
  // Below k8s.probe-failed: a probe line carries this Go error text too, and the probe is the diagnosis there.
  priority: -1,
  match: [/(?:Get|Post|Put|Delete|Patch|Head) "(?<url>[^"\n]{1,300})": (?:context deadline exceeded|net\/http: request canceled(?: while waiting for connection)?) \(Client\.Timeout exceeded while awaiting headers\)/, /\(Client\.Timeout exceeded while awaiting headers\)/],
  title: t("Go HTTP 客户端等待响应头超时（Client.Timeout）", "The Go HTTP client timed out waiting for response headers (Client.Timeout)"),
  summary: (c) =>
    t(
      `Go 的 http.Client 设置了 Timeout，而在这段时间内${c.g.url ? ` ${ic(c.g.url)}` : "服务器"}连响应头都没有返回，于是 net/http 取消了请求，错误里附上 “Client.Timeout exceeded while awaiting headers”（它等同于 context.DeadlineExceeded）。请求可能卡在建连、TLS 握手或服务器处理阶段。`,
      `Go's http.Client has a Timeout, and within it${c.g.url ? ` ${ic(c.g.url)}` : " the server"} did not even send the response headers, so net/http cancelled the request and appended "Client.Timeout exceeded while awaiting headers" (it matches context.DeadlineExceeded). The request may have stalled while connecting, in the TLS handshake, or while the server worked.`,
    ),
  causes: [
    t("服务器处理慢或过载（常见于压测、批量并发请求）", "the server is slow or overloaded (common under load tests or many concurrent requests)"),
    t("Timeout 设得太短，不够这个接口正常返回（比如大模型生成、大查询）", "the Timeout is shorter than the endpoint normally needs (LLM generation, large queries)"),
    t("网络或代理问题：连接建立不了或被中途丢弃（防火墙、DNS、HTTP/2 连接被服务器关闭）", "network or proxy trouble: the connection cannot be set up or is dropped (firewall, DNS, the server closing an HTTP/2 connection)"),
  ],
  solutions: [
    {
      title: t("先用 curl 在同一台机器上测这个地址的耗时", "First time the same URL with curl from the same machine"),
      steps: [t("curl -w '%{time_connect} %{time_starttransfer}\\n' 能区分是连不上还是服务器响应慢：time_starttransfer 远大于你的 Timeout，就是服务器慢。", "curl -w '%{time_connect} %{time_starttransfer}\\n' separates slow connects from slow servers: a time_starttransfer far above your Timeout means the server is slow.")],
    },
    {
      title: t("按阶段设置超时，而不是只靠一个过短的总超时", "Set timeouts per stage instead of one short overall timeout"),
      steps: [t("http.Client.Timeout 覆盖从建连到读完响应体的全过程；可以用 net.Dialer.Timeout、Transport.TLSHandshakeTimeout、Transport.ResponseHeaderTimeout 分别限制各阶段，再给总超时留出接口正常所需的时间。复用同一个 http.Client，不要每个请求新建。", "http.Client.Timeout covers everything from dialing to reading the body; bound the stages with net.Dialer.Timeout, Transport.TLSHandshakeTimeout and Transport.ResponseHeaderTimeout, and give the overall timeout what the endpoint normally needs. Reuse one http.Client rather than creating one per request.")],
      code: () =>
        block("go", [
          "package main",
          "",
          "import (",
          '\t"net"',
          '\t"net/http"',
          '\t"time"',
          ")",
          "",
          "// One shared client: each stage bounded, the whole request bounded more generously.",
          "var client = &http.Client{",
          "\tTimeout: 60 * time.Second,",
          "\tTransport: &http.Transport{",
          "\t\tDialContext:           (&net.Dialer{Timeout: 5 * time.Second}).DialContext,",
          "\t\tTLSHandshakeTimeout:   5 * time.Second,",
          "\t\tResponseHeaderTimeout: 30 * time.Second,",
          "\t},",
          "}",
          "",
          "func main() { _ = client }",
        ]),
    },
  ],
  docs: ["https://coinbase.github.io/cdp-sdk/go/use/net/http..timeoutError^d6633.html", "https://livebook.manning.com/learn/concepts/timeout--config/100-go-mistakes-and-how-to-avoid-them", "https://github.com/prometheus/blackbox_exporter/issues/68"],
  samples: [
    {
      text: "Get http://10.33.108.39:11222/index.php: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
      source: "https://github.com/golang/go/issues/34595",
    },
    {
      text: "context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
      source: "https://gitlab.com/publicspaces/badge-redirector/-/issues/2",
    },
  ],
});
