import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "browser.cors-missing-allow-origin",
  category: "network.cors",
  match: [/(?:Access to (?:fetch|XMLHttpRequest) at '(?<target>[^'\n]{1,300})' from origin '(?<origin>[^'\n]{1,200})' )?has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource/],
  title: t("浏览器拦截了跨域请求：响应里没有 Access-Control-Allow-Origin", "The browser blocked a cross-origin request: no Access-Control-Allow-Origin in the response"),
  summary: (c) =>
    t(
      `页面${c.g.origin ? `（来源 ${ic(c.g.origin)}）` : ""}请求了另一个源${c.g.target ? `的 ${ic(c.g.target)}` : ""}（协议、域名或端口任一不同都算跨域），而服务器的响应没有带 Access-Control-Allow-Origin 头，浏览器按同源策略不让页面读取结果。要改的是被请求的服务器（或在中间加同源代理），前端代码本身改不了这个限制。`,
      `The page${c.g.origin ? ` (origin ${ic(c.g.origin)})` : ""} requested another origin${c.g.target ? ` (${ic(c.g.target)})` : ""} (a different scheme, host or port each counts), and the response carries no Access-Control-Allow-Origin header, so the browser's same-origin policy keeps the page from reading it. The fix belongs on the requested server (or a same-origin proxy in front of it); front-end code alone cannot lift it.`,
    ),
  causes: [
    t("后端没有启用 CORS（没有返回 Access-Control-Allow-Origin）", "the backend has no CORS enabled (sends no Access-Control-Allow-Origin)"),
    t("请求其实失败了（404、500、被网关拦截、重定向到登录页），错误响应上没有 CORS 头", "the request actually failed (404, 500, blocked by a gateway, redirected to a login page) and the error response lacks the CORS headers"),
    t("调用的是不打算给浏览器直接访问的第三方 API", "the page calls a third-party API that is not meant to be called from browsers"),
  ],
  solutions: [
    {
      title: t("在被请求的服务器上允许这个来源", "Allow the page's origin on the requested server"),
      steps: [
        t("让服务器对这些请求返回 Access-Control-Allow-Origin: 页面的来源（需要携带 Cookie 时不能用 *，还要加 Access-Control-Allow-Credentials: true）；多数框架有现成的 CORS 中间件。", "Make the server answer with Access-Control-Allow-Origin set to the page's origin (with cookies you cannot use * and must add Access-Control-Allow-Credentials: true); most frameworks have a CORS middleware for this."),
        t("在浏览器开发者工具的 Network 面板里看这个请求的真实状态码：如果是 4xx/5xx，先修好那个错误。", "In the browser's Network panel check the request's real status: if it is 4xx/5xx, fix that error first."),
      ],
    },
    {
      title: t("或者经同源代理转发", "Or route it through a same-origin proxy"),
      steps: [t("开发时用 Vite/Next.js/webpack dev server 的代理，生产时用自己的后端或 Nginx 转发，让浏览器只访问同源地址；第三方 API 的密钥也应放在服务端。", "In development use the Vite/Next.js/webpack dev-server proxy, in production forward through your own backend or Nginx, so the browser only talks to its own origin; third-party API keys belong on the server anyway.")],
    },
  ],
  prevention: [t("mode: 'no-cors' 不是修复：它只会得到一个无法读取的不透明响应。", "mode: 'no-cors' is not a fix: it only yields an opaque response you cannot read.")],
  docs: ["https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS", "https://unpkg.com/chrome-devtools-frontend@1.0.1525561/front_end/models/issues_manager/descriptions/corsInvalidHeaderValues.md"],
  samples: [
    {
      text: "Access to XMLHttpRequest at 'http://119.27.186.22:8091/weather/current/xxx' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
      source: "https://github.com/MZCretin/RollToolsApi/issues/1",
    },
  ],
});
