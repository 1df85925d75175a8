import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "node.err-http-headers-sent",
  category: "unknown",
  match: ["ERR_HTTP_HEADERS_SENT", "Cannot set headers after they are sent to the client"],
  title: t("同一个请求被响应了两次（响应头已发出）", "The same request was answered twice (headers already sent)"),
  summary: t(
    "HTTP 响应的头在第一次 res.send/res.json/res.end 时就发出去了；之后同一个请求的代码又想设置头或再发一次响应，Node.js 就抛出 ERR_HTTP_HEADERS_SENT。问题在路由代码的控制流，而不是网络。",
    "An HTTP response's headers go out with the first res.send/res.json/res.end; later code for the same request tried to set a header or respond again, so Node.js threw ERR_HTTP_HEADERS_SENT. The bug is in the handler's control flow, not the network.",
  ),
  causes: [
    t("条件分支里发了响应却没有 return，代码继续往下走又发了一次（常见于校验失败、登录失败的分支）", "a branch sends a response but does not return, so execution continues and responds again (typical in validation or failed-login branches)"),
    t("在回调或循环里调用了 res.send，或发完响应后又调用了 next()", "res.send is called inside a callback or loop, or next() is called after responding"),
    t("async 处理函数在成功响应之后又抛错，错误处理中间件再发一次响应", "an async handler throws after it already responded, and the error middleware responds again"),
  ],
  solutions: [
    {
      title: t("每次发送响应后立即 return", "Return right after every response"),
      steps: [
        t("找到堆栈里你自己的文件和行号（如 routes/xxx.js），把 res.status(...).json(...) 写成 return res.status(...).json(...)，确保每条路径只响应一次。", "Find your own file and line in the stack (routes/xxx.js…) and write return res.status(...).json(...) so every path responds exactly once."),
        t("用 if/else 代替 `条件 && res.json(...)` 这种写法，它不会结束函数。", "Use if/else instead of `condition && res.json(...)`, which does not end the function."),
      ],
      code: () =>
        block("javascript", [
          "function handler(req, res) {",
          "  if (!req.body) {",
          '    return res.status(400).json({ error: "missing body" });',
          "  }",
          "  return res.json({ ok: true });",
          "}",
          "module.exports = handler;",
        ]),
    },
    {
      title: t("错误处理里先检查 res.headersSent", "Check res.headersSent in error handlers"),
      steps: [t("响应已经开始时不要再发送，直接把错误交给默认处理或记录日志。", "When the response has already started, do not send again; hand the error on or log it.")],
    },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/errors.md", "https://github.com/safak/youtube/issues/95"],
  samples: [
    {
      text: "error - Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client\n    at new NodeError (node:internal/errors:399:5)\n    at ServerResponse.setHeader (node:_http_outgoing:663:11)",
      source: "https://github.com/maciej-trebacz/gptinker/pull/3",
    },
  ],
});
