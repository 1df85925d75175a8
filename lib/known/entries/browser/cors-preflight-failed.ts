import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "browser.cors-preflight-failed",
  category: "network.cors",
  priority: 1,
  match: [/(?:Access to (?:fetch|XMLHttpRequest) at '(?<target>[^'\n]{1,300})' from origin '(?<origin>[^'\n]{1,200})' has been blocked by CORS policy: )?Response to preflight request doesn't pass access control check/],
  title: t("跨域预检请求（OPTIONS）没有通过", "The CORS preflight request (OPTIONS) failed"),
  summary: (c) =>
    t(
      `这个跨域请求${c.g.target ? `（${ic(c.g.target)}）` : ""}不是“简单请求”（用了 PUT/DELETE、自定义头如 Authorization，或 JSON 的 Content-Type），浏览器先发了一个 OPTIONS 预检；服务器对 OPTIONS 的响应没有给出所需的 CORS 头或状态码不是 2xx，于是真正的请求根本没有发出。`,
      `This cross-origin request${c.g.target ? ` (${ic(c.g.target)})` : ""} is not a "simple" request (it uses PUT/DELETE, a custom header such as Authorization, or a JSON Content-Type), so the browser first sent an OPTIONS preflight. The server's answer to OPTIONS lacked the required CORS headers or was not a 2xx status, so the real request was never sent.`,
    ),
  causes: [
    t("后端只给 GET/POST 加了 CORS 头，没有处理 OPTIONS 预检", "the backend adds CORS headers to GET/POST but does not handle the OPTIONS preflight"),
    t("OPTIONS 请求被鉴权中间件拦下（返回 401/403）或被重定向（如 http→https、补斜杠）", "the OPTIONS request is stopped by auth middleware (401/403) or redirected (http→https, trailing slash)"),
    t("预检响应缺少 Access-Control-Allow-Methods / Access-Control-Allow-Headers，没有放行所用的方法或请求头", "the preflight response lacks Access-Control-Allow-Methods / Access-Control-Allow-Headers for the method or headers used"),
  ],
  solutions: [
    {
      title: t("让服务器正确响应 OPTIONS 预检", "Make the server answer the OPTIONS preflight"),
      steps: [
        t("对 OPTIONS 直接返回 204/200，带上 Access-Control-Allow-Origin（页面来源）、Access-Control-Allow-Methods 和 Access-Control-Allow-Headers（包含 Authorization、Content-Type 等实际用到的头）；把 CORS 中间件放在鉴权之前。", "Answer OPTIONS with 204/200 and Access-Control-Allow-Origin (the page's origin), Access-Control-Allow-Methods and Access-Control-Allow-Headers (including Authorization, Content-Type or whatever you send); put the CORS middleware before authentication."),
        t("确认预检的 URL 不会被重定向：预检不跟随重定向。", "Make sure the preflight URL is not redirected: preflights do not follow redirects."),
      ],
    },
    {
      title: t("或者经同源代理转发", "Or route it through a same-origin proxy"),
      steps: [t("同源请求不需要预检：开发时用 dev server 代理，生产时由自己的后端或 Nginx 转发。", "Same-origin requests need no preflight: use the dev-server proxy in development and forward through your own backend or Nginx in production.")],
    },
  ],
  docs: ["https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS", "https://livebook.manning.com/learn/concepts/preflight-request--domain-concept/building-web-apis-with-asp-net-core", "https://unpkg.com/chrome-devtools-frontend@1.0.1525561/front_end/models/issues_manager/descriptions/corsInvalidHeaderValues.md"],
  samples: [
    {
      text: "Access to fetch at 'https://cors1.azurewebsites.net/api/TodoItems1/MyDelete2/5' from origin 'https://cors3.azurewebsites.net' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
      source: "https://learn.microsoft.com/ru-ru/aspnet/core/security/cors",
    },
  ],
});
