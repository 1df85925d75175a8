import { defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "net.econnreset",
  category: "network.connection",
  // Specific entries (socket hang up, a provider's own reset message) outrank this one.
  priority: -2,
  match: [
    /\b(?:read|write|connect) ECONNRESET\b/,
    /\bcode: '?"?ECONNRESET\b/,
    /"code":\s{0,3}"ECONNRESET"/,
    /ConnectionResetError: \[(?:Errno (?:104|54)|WinError 10054)\][^\n]{0,200}/,
    /\[Errno 104\] Connection reset by peer/,
    /\bread tcp [^\n]{1,200}: connection reset by peer/,
  ],
  title: t("连接被对端重置（ECONNRESET）", "The connection was reset by the other side (ECONNRESET)"),
  summary: t(
    "ECONNRESET 表示 TCP 连接在传输途中被对端强行关闭（收到了 RST），不是本地代码的语法或逻辑错误。对端可能是目标服务器，也可能是中间的代理、负载均衡、防火墙；常见原因是对方超时、重启，或中间设备掐断了连接。",
    "ECONNRESET means the TCP connection was forcibly closed by the other side (a RST arrived) while in use; it is not a bug in the local code's syntax or logic. The other side may be the server itself or a proxy, load balancer or firewall in between; usually it timed out, restarted, or a middlebox cut the connection.",
  ),
  causes: [
    t("网络路径上的代理、VPN、防火墙或运营商中断了连接（访问境外 API 时尤其常见），或需要代理却没有配置", "a proxy, VPN, firewall or ISP on the path cut the connection (common when reaching an API abroad), or a required proxy is not configured"),
    t("服务器或网关超时、重启或过载，主动关闭了连接", "the server or gateway timed out, restarted or was overloaded and closed the connection"),
    t("复用了一个服务器已经关闭的空闲 keep-alive 连接", "an idle keep-alive connection was reused after the server had already closed it"),
  ],
  solutions: [
    {
      title: t("先确认网络路径：同一台机器上能否直接访问目标地址", "Check the network path first: can this machine reach the target directly"),
      steps: [
        t("在出错的机器上用 curl -v 访问同一个 URL；需要代理时确认 HTTPS_PROXY/HTTP_PROXY 等环境变量在运行程序的进程里生效。", "Run curl -v against the same URL from the failing machine; if a proxy is needed, make sure HTTPS_PROXY/HTTP_PROXY are set in the environment of the process that fails."),
      ],
    },
    {
      title: t("对可重试的请求加上带退避的重试", "Retry idempotent requests with backoff"),
      steps: [
        t("连接重置多是偶发的：对幂等请求捕获这个错误并退避后重试几次；若每次都重置，问题在网络或服务器，不在重试。", "Resets are often transient: catch this error on idempotent requests and retry a few times with backoff; if every attempt is reset, the problem is the network or server, not the retry."),
      ],
    },
    ...categorySolutions("network.connection"),
  ],
  docs: ["https://nodejs.org/api/errors.html#common-system-errors", "https://docs.python.org/3/library/exceptions.html#ConnectionResetError"],
  samples: [
    {
      text: "Error: read ECONNRESET\n    at TLSWrap.onStreamRead (node:internal/stream_base_commons:220:20) {\n  errno: -4077,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}",
      source: "https://github.com/SamKirkland/ftp-deploy/issues/22",
    },
  ],
});
