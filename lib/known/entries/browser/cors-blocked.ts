import { block, defineKnownError, ic, q, t } from "../../define";

export default defineKnownError({
  id: "browser.cors-blocked",
  category: "network.cors",
  match: [
    /Access to (?:fetch|XMLHttpRequest) at '(?<url>[^'\n]{1,300})' from origin '(?<origin>[^'\n]{1,200})' has been blocked by CORS policy: (?<why>[^\n]{1,300})/,
    /Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at (?<url>[^\s]{1,300})\. \(Reason: (?<why>[^)\n]{1,200})\)/,
  ],
  title: (c) => (c.g.origin ? t(`浏览器阻止了 ${ic(c.g.origin)} 对 ${ic(c.g.url ?? "")} 的跨域请求`, `The browser blocked a cross-origin request from ${ic(c.g.origin)} to ${ic(c.g.url ?? "")}`) : t("浏览器按同源策略阻止了跨域请求", "The browser blocked a cross-origin request (same-origin policy)")),
  summary: t(
    "页面所在源（协议+域名+端口）与请求地址不同，浏览器要求目标服务器在响应里用 Access-Control-Allow-Origin 等头明确允许这个源；响应里没有（或不匹配），浏览器就拒绝把结果交给页面。这需要在服务器端修复，前端代码改不了。",
    "The page's origin (scheme, host and port) differs from the request URL, so the browser requires the target server to allow this origin with Access-Control-Allow-Origin and related headers; the response lacks them (or they do not match), so the browser withholds the result. It must be fixed on the server; front-end code cannot change it.",
  ),
  causes: [
    t("后端没有配置 CORS，或允许的源列表里没有当前页面的源（注意端口不同也算不同源）", "the backend has no CORS configuration, or its allowed list lacks this page's origin (a different port is a different origin)"),
    t("预检请求（OPTIONS）被后端或网关返回了错误状态，或没有返回允许的方法/请求头", "the preflight (OPTIONS) request gets an error status from the backend or gateway, or lacks the allowed methods/headers"),
    t("带凭据（cookies）的请求却收到了 Access-Control-Allow-Origin: *", "a request with credentials (cookies) received Access-Control-Allow-Origin: *"),
  ],
  solutions: [
    {
      title: t("在服务器端允许这个源", "Allow this origin on the server"),
      steps: [t("在 API 服务器上为该源返回 CORS 头（并正确响应 OPTIONS 预检）；Express 可以使用 cors 中间件。", "Have the API server send CORS headers for this origin (and answer OPTIONS preflights); in Express, use the cors middleware.")],
      code: (c) =>
        c.g.origin
          ? block("javascript", ['const express = require("express");', 'const cors = require("cors");', "", "const app = express();", `app.use(cors({ origin: ${q(c.g.origin)}, credentials: true }));`, "module.exports = app;"])
          : null,
    },
    {
      title: t("开发环境：通过开发服务器代理转发", "In development: proxy through the dev server"),
      steps: [t("让前端请求同源的相对路径（如 /api），由 Vite 的 server.proxy 或 webpack-dev-server 的 proxy 转发到后端，浏览器就不会做跨域检查。", "Call a same-origin relative path (/api) from the front end and let Vite's server.proxy or webpack-dev-server's proxy forward it to the backend, so the browser performs no cross-origin check.")],
    },
  ],
  docs: ["https://github.com/mdn/content/blob/main/files/en-us/web/http/guides/cors/errors/corsmissingalloworigin/index.md"],
  samples: [{ text: "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://api.example.com/data. (Reason: CORS header 'Access-Control-Allow-Origin' missing).", source: "https://github.com/mdn/content/blob/main/files/en-us/web/http/guides/cors/errors/corsmissingalloworigin/index.md" }],
});
