import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "node.err-invalid-url",
  category: "code.value",
  match: [/\bERR_INVALID_URL\]?:?\s{0,3}Invalid URL(?:[\s\S]{0,300}?input: '(?<input>[^'\n]{0,300})')?/],
  title: (c) => (c.g.input !== undefined ? t(`无法解析的 URL：${ic(c.g.input || "（空字符串）")}`, `Unparseable URL: ${ic(c.g.input || "(empty string)")}`) : t("传给 URL 解析的字符串不是合法 URL", "A string passed to URL parsing is not a valid URL")),
  summary: t(
    "WHATWG URL 解析器（new URL()、fetch()、许多 HTTP 客户端内部都会调用它）收到的字符串不是完整的绝对 URL。错误对象的 input 属性就是那个字符串：空值、缺少 http(s):// 协议，或者是相对路径。",
    "The WHATWG URL parser (new URL(), fetch() and many HTTP clients call it) got a string that is not a complete absolute URL. The error's input property holds that string: empty, missing the http(s):// scheme, or a relative path.",
  ),
  causes: [
    t("作为基础地址的环境变量没有设置或为空（input 为空或只有路径）", "the environment variable used as the base URL is unset or empty (input is empty or only a path)"),
    t("地址缺少协议，例如写成了 localhost:3000 或 api.example.com", "the address lacks a scheme, e.g. localhost:3000 or api.example.com"),
    t("在 Node.js（或服务端渲染）里对相对路径调用 fetch()；只有浏览器会按当前页面补全相对地址", "fetch() was called with a relative path in Node.js (or during server rendering); only browsers resolve relative URLs against the page"),
  ],
  solutions: [
    { title: t("传入带协议的绝对 URL", "Pass an absolute URL with a scheme"), steps: [t("检查 input 显示的值：补上 http:// 或 https://；服务端代码里用 new URL(path, baseUrl) 拼出绝对地址，并在启动时校验基础地址的环境变量已设置。", "Look at the input value: add http:// or https://; in server code build the absolute address with new URL(path, baseUrl) and validate at start-up that the base-URL environment variable is set.")] },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/errors.md"],
  samples: [{ text: "TypeError [ERR_INVALID_URL]: Invalid URL\n    at new NodeError (node:internal/errors:405:5)\n    at new URL (node:internal/url:676:13) {\n  input: '/api/users',\n  code: 'ERR_INVALID_URL'\n}", source: "https://github.com/nodejs/node/blob/main/doc/api/errors.md" }],
});
