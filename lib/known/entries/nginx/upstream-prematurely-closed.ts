import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "nginx.upstream-prematurely-closed",
  category: "upstream.unavailable",
  match: [/upstream prematurely closed connection while (?<phase>reading response header from upstream|reading upstream)/],
  title: t("后端在返回完整响应前关闭了连接（502）", "The backend closed the connection before a full response (502)"),
  summary: t(
    "nginx 已经把请求发给后端，但后端在发送完响应头（或响应体）之前就关闭了连接，客户端收到 502。通常是后端进程在处理请求时崩溃、被杀或超时自行断开。",
    "nginx passed the request on, but the backend closed the connection before finishing the response header (or body), so the client gets 502. Usually the backend process crashed, was killed, or timed out on its own while handling the request.",
  ),
  causes: [
    t("后端处理这个请求时崩溃或被 OOM killer 杀掉（查看后端自己的日志/dmesg）", "the backend crashed or was OOM-killed while handling this request (check its own log and dmesg)"),
    t("后端自身的请求超时比 nginx 短（如 gunicorn 默认 30 秒超时会杀掉 worker）", "the backend's own request timeout is shorter than nginx's (gunicorn's default 30-second timeout kills the worker)"),
    t("keepalive 连接被后端先关闭，nginx 复用了已关闭的连接", "the backend closed a keep-alive connection that nginx then reused"),
  ],
  solutions: [
    {
      title: t("查看同一时刻后端的日志", "Read the backend's log at the same moment"),
      steps: [t("按时间对齐 nginx 错误日志和后端日志：找 worker 超时、崩溃、OOM 记录；相应地调大后端超时或修复崩溃。", "Line up the nginx error log with the backend's log by time: look for worker timeouts, crashes or OOM kills; raise the backend's timeout or fix the crash accordingly.")],
    },
    {
      title: t("对齐两边的超时", "Align the timeouts on both sides"),
      steps: [t("后端（gunicorn --timeout、uWSGI harakiri、Node server.timeout）的超时应不短于 nginx 的 proxy_read_timeout，否则后端会先断开。", "The backend's timeout (gunicorn --timeout, uWSGI harakiri, Node server.timeout) should be no shorter than nginx's proxy_read_timeout, or the backend hangs up first.")],
    },
  ],
  docs: ["https://www.netdata.cloud/guides/nginx/nginx-504-gateway-timeout/"],
  samples: [{ text: '2023/05/10 08:12:33 [error] 31#31: *4402 upstream prematurely closed connection while reading response header from upstream, client: 10.0.0.7, server: api.example.com, request: "POST /export HTTP/1.1", upstream: "http://unix:/run/gunicorn.sock:/export"', source: "https://www.netdata.cloud/guides/nginx/nginx-504-gateway-timeout/" }],
});
