import { defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "openai-sdk.api-connection-error",
  category: "network.connection",
  // Connection-level entries that name the exact cause (timeouts, TLS, refused) outrank this wrapper.
  priority: -2,
  // Only when the connection error itself is the innermost exception: a chained SSL/timeout cause has its own entries.
  guard: { exception: ["APIConnectionError", "RemoteDisconnected", "ConnectError", "ConnectionError", "ProtocolError", "RetryError"] },
  match: [/\bopenai\.(?:error\.)?APIConnectionError\b/, /\braised APIConnectionError\b/, /\bAPIConnectionError: (?:Connection error|Error communicating with OpenAI)/],
  title: t("OpenAI SDK 连不上 API 服务器（APIConnectionError）", "The OpenAI SDK could not reach the API server (APIConnectionError)"),
  summary: t(
    "APIConnectionError 表示请求根本没有拿到 HTTP 响应：连接建立失败、被中途断开或 TLS 握手失败。它不是密钥、额度或参数错误（那些会带 HTTP 状态码）；SDK 默认已经自动重试过几次。真正的底层原因在它的 __cause__ 里（ConnectError、RemoteDisconnected、SSL 错误等）。",
    "APIConnectionError means the request got no HTTP response at all: the connection failed, was dropped mid-way, or the TLS handshake failed. It is not a key, quota or parameter error (those carry an HTTP status), and the SDK has already retried a few times by default. The underlying reason is in its __cause__ (ConnectError, RemoteDisconnected, an SSL error…).",
  ),
  causes: [
    t("当前网络访问不到 API 地址：需要代理却没配置（或代理没被 Python 进程读到）、防火墙拦截", "this network cannot reach the API host: a proxy is needed but not configured (or not seen by the Python process), or a firewall blocks it"),
    t("base_url 写错（主机名、端口、http/https 不对），或自建/中转服务没有在运行", "the base_url is wrong (host, port, http vs https), or the self-hosted/relay server is not running"),
    t("服务端或中间代理在响应前关闭了连接（Remote end closed connection without response）", "the server or a proxy closed the connection before responding (Remote end closed connection without response)"),
  ],
  solutions: [
    {
      title: t("先看底层异常，再从同一台机器测试连通性", "Read the underlying exception, then test connectivity from the same machine"),
      steps: [
        t("打印完整回溯里 “The above exception was the direct cause” 之前的那个异常；用 curl 访问同一个 base_url（如 …/v1/models）确认能否连通。", "Print the exception shown before “The above exception was the direct cause” in the full traceback; curl the same base_url (e.g. …/v1/models) to check it is reachable."),
        t("需要代理时，在运行程序的环境里设置 HTTPS_PROXY，或给 OpenAI 客户端传入配置了代理的 http_client。", "If a proxy is needed, set HTTPS_PROXY in the environment that runs the program, or pass the OpenAI client an http_client configured with the proxy."),
      ],
    },
    {
      title: t("偶发断开时调大重试次数和超时", "For intermittent drops, raise retries and the timeout"),
      steps: [t("OpenAI(max_retries=…, timeout=…) 可以调整自动重试；外层再用 tenacity 重试时，注意它包装后的 RetryError 里真正的异常仍是这个连接错误。", "OpenAI(max_retries=…, timeout=…) tunes the built-in retries; when tenacity retries on top, the RetryError it raises still wraps this connection error.")],
    },
    ...categorySolutions("network.connection"),
  ],
  docs: ["https://github.com/openai/openai-python#handling-errors", "https://help.openai.com/en/articles/6897191-apiconnectionerror"],
  samples: [
    {
      text: "openai.error.APIConnectionError: Unexpected error communicating with OpenAI. If this problem persists, let us know at support@openai.com.",
      source: "https://github.com/openai/openai-python/issues/265",
    },
  ],
});
