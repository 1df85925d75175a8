import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "node.err-stream-premature-close",
  category: "network.connection",
  match: [/\bERR_STREAM_PREMATURE_CLOSE\b/],
  title: t("流在完成之前被关闭（Premature close）", "A stream closed before it finished (premature close)"),
  summary: t(
    "stream.pipeline()/finished() 发现某个流在没有报错的情况下提前结束了。对 HTTP 来说，通常是连接的另一端（客户端取消了下载、服务器或代理提前断开）在传输完成前关掉了连接。",
    "stream.pipeline()/finished() saw a stream end early without an explicit error. Over HTTP this usually means the other side (a client cancelling a download, a server or proxy hanging up) closed the connection before the transfer completed.",
  ),
  causes: [
    t("客户端在响应传完之前断开（浏览器取消请求、用户关闭页面、超时）", "the client disconnected before the response finished (a cancelled request, a closed tab, a timeout)"),
    t("上游服务器或代理提前关闭了连接，或响应体被截断", "the upstream server or a proxy closed the connection early, or truncated the body"),
    t("管道中某个流被提前 destroy()", "one stream in the pipeline was destroy()ed early"),
  ],
  solutions: [
    {
      title: t("区分是客户端取消还是上游中断", "Tell a client cancel from an upstream failure"),
      steps: [t("服务端日志里偶发出现且对应客户端取消时，可按正常情况记录而不报错；下载上游数据时频繁出现，检查上游的超时、代理的空闲超时和响应是否完整，并给请求加重试。", "If it shows up occasionally on the server and matches client cancels, log it as expected rather than as an error; if it happens while downloading from upstream, check upstream timeouts, proxy idle timeouts and body completeness, and add retries.")],
    },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/errors.md"],
  samples: [{ text: "Error [ERR_STREAM_PREMATURE_CLOSE]: Premature close\n    at onclose (node:internal/streams/end-of-stream:154:30)\n    at process.processTicksAndRejections (node:internal/process/task_queues:77:11) {\n  code: 'ERR_STREAM_PREMATURE_CLOSE'\n}", source: "https://github.com/nodejs/node/blob/main/doc/api/errors.md" }],
});
