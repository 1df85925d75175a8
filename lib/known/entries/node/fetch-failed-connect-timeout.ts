import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "node.fetch-failed-connect-timeout",
  category: "network.timeout",
  priority: 1,
  match: [/\bUND_ERR_CONNECT_TIMEOUT\b/, /ConnectTimeoutError:? Connect Timeout Error/],
  title: t("Node.js fetch 连接超时（UND_ERR_CONNECT_TIMEOUT）", "Node.js fetch could not connect in time (UND_ERR_CONNECT_TIMEOUT)"),
  summary: t(
    "Node.js 内置的 fetch（undici）在建立 TCP/TLS 连接阶段就超时了：外层只报 TypeError: fetch failed，真正原因在 error.cause 里，这里是 ConnectTimeoutError。请求没有到达服务器，所以和 API Key、请求参数无关，是本机到目标主机的网络走不通或太慢。",
    "Node.js's built-in fetch (undici) timed out while opening the TCP/TLS connection. The outer error only says TypeError: fetch failed; the real reason is in error.cause, here a ConnectTimeoutError. The request never reached the server, so the API key and request body are not the problem: the network path from this machine to the host is blocked or too slow.",
  ),
  causes: [
    t("目标主机在当前网络被防火墙或地区网络限制挡住（常见于直连海外 API）", "the host is blocked from this network by a firewall or regional restrictions (common when calling overseas APIs directly)"),
    t("主机名解析到了不可达的 IPv6/IPv4 地址，或 base URL 的主机、端口写错", "the host name resolves to an unreachable IPv6/IPv4 address, or the base URL's host or port is wrong"),
  ],
  solutions: [
    {
      title: t("先在同一台机器上确认能否连到该主机", "First check, from the same machine, that the host is reachable"),
      steps: [t("用 curl -v 访问同一个 URL：同样超时说明是网络问题（防火墙、代理、DNS），不是代码问题。", "curl -v the same URL: if it also times out, the problem is the network (firewall, proxy, DNS), not the code.")],
    },
    {
      title: t("打印 error.cause 确认具体原因", "Print error.cause to see the exact reason"),
      steps: [t("fetch failed 只是外层包装，在 catch 里输出 err.cause（code、host、port）才能区分超时、拒绝连接、DNS 失败等情况。", "fetch failed is only the wrapper; log err.cause (code, host, port) in the catch block to tell a timeout from a refused connection or a DNS failure.")],
    },
  ],
  docs: ["https://github.com/nodejs/undici/issues/1922", "https://github.com/nodejs/undici/issues/2182"],
  samples: [
    {
      text: "TypeError: fetch failed\n    at node:internal/deps/undici/undici:12443:11\n    at async getBaycMetadata (/Users/user/Desktop/code/wtf-js/10.js:41:22) {\n  cause: ConnectTimeoutError: Connect Timeout Error\n      at onConnectTimeout (node:internal/deps/undici/undici:7595:28) {\n    code: 'UND_ERR_CONNECT_TIMEOUT'\n  }\n}",
      source: "https://github.com/WTFAcademy/WTF-JavaScript/issues/58",
    },
  ],
});
