import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "node.socket-hang-up",
  category: "network.connection",
  match: [/\bsocket hang up\b/i],
  title: t("连接在收到响应前被对方关闭（socket hang up）", "The connection was closed before a response arrived (socket hang up)"),
  summary: t(
    "Node.js 的 HTTP 客户端在收到响应之前，底层连接就被对端关闭了，于是报 socket hang up（code 为 ECONNRESET）。常见情形是：服务器处理太久被它自己的超时断开、复用的 keep-alive 连接恰好在服务端空闲超时时被关掉、或中间的代理/负载均衡把连接掐断。",
    "Node.js's HTTP client saw the underlying connection closed by the other side before any response arrived, so it reports socket hang up (code ECONNRESET). Typical cases: the server took too long and its own timeout dropped the request, a reused keep-alive connection was closed by the server's idle timeout at that moment, or a proxy/load balancer in between cut it.",
  ),
  causes: [
    t("服务器处理超时（服务端或网关的请求超时比这次处理短）", "the server timed out the request (the server's or gateway's request timeout is shorter than the work)"),
    t("复用 keep-alive 连接时撞上服务端的空闲超时：服务端刚关闭，客户端还在用", "a reused keep-alive connection hit the server's idle timeout: the server closed it just as the client reused it"),
    t("协议或端口不对（对 HTTPS 端口发了 HTTP，或反过来），或代理（HTTP_PROXY/HTTPS_PROXY）配置有误", "wrong protocol or port (HTTP sent to an HTTPS port or the reverse), or a misconfigured proxy (HTTP_PROXY/HTTPS_PROXY)"),
  ],
  solutions: [
    {
      title: t("对复用连接上的 ECONNRESET 做重试", "Retry ECONNRESET on reused connections"),
      steps: [t("给请求加 error 处理；当 req.reusedSocket 为 true 且 err.code 为 ECONNRESET 时，说明撞上了 keep-alive 空闲超时，幂等请求可以直接重试。", "Handle the request's error event; when req.reusedSocket is true and err.code is ECONNRESET the keep-alive idle timeout was hit, and an idempotent request can simply be retried.")],
    },
    {
      title: t("检查服务端超时和请求地址", "Check server timeouts and the request URL"),
      steps: [
        t("看服务端（以及 Nginx 等网关）的日志，确认这次请求是否超时被断开；长耗时接口要调大服务端超时，或改成异步任务。", "Look at the server's (and gateway's, such as Nginx) logs for a timeout on this request; for long-running endpoints raise the server timeout or make them asynchronous jobs."),
        t("确认 URL 的协议与端口一致（https:// 对 443，http:// 对 80 或明文端口），以及代理环境变量是否指向可用的代理。", "Make sure the URL's scheme matches the port (https:// for 443, http:// for 80 or a plain port) and that proxy environment variables point at a working proxy."),
      ],
    },
  ],
  docs: ["https://docs.deno.com/api/node/http/~/ClientRequest.prototype.reusedSocket", "https://github.com/nodejs/node/issues/20256", "https://github.com/bitinn/node-fetch/issues/1735"],
  samples: [
    {
      text: "data: AxiosError: socket hang up\n    at AxiosError.from (file:///xxx本地路径/node_modules/axios/lib/core/AxiosError.js:89:14)\n    at ClientRequest.emit (node:events:519:28)\n    at TLSSocket.socketOnEnd (node:_http_client:524:9)",
      source: "https://juejin.cn/post/7410654079842517001",
    },
    {
      text: "{ [Error: socket hang up] code: 'ECONNRESET' }",
      source: "https://github.com/request/request/issues/395",
    },
  ],
});
