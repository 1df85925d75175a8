import { block, defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "node.undici-headers-timeout",
  category: "network.timeout",
  match: [/\bUND_ERR_HEADERS_TIMEOUT\b/, /HeadersTimeoutError: Headers Timeout Error/],
  title: t("fetch 等响应头超时（undici HeadersTimeoutError）", "fetch timed out waiting for response headers (undici HeadersTimeoutError)"),
  summary: t(
    "Node 内置的 fetch 由 undici 实现：请求发出后，如果在 headersTimeout（当前默认 300 秒；Node 18.14.1 附带的 undici 曾短暂是 30 秒）内没有收到完整的响应头，就放弃并抛出 fetch failed，cause 是 HeadersTimeoutError。服务器还在处理（例如大模型生成长回答且不流式返回）时最常见。",
    "Node's built-in fetch is undici: if the complete response headers do not arrive within headersTimeout (300 s by default now; the undici shipped with Node 18.14.1 briefly used 30 s), it gives up with fetch failed and a HeadersTimeoutError cause. It happens most when the server is still working, e.g. an LLM writing a long non-streamed answer.",
  ),
  causes: [
    t("服务端在返回响应头之前处理太久（非流式的大模型长回答、慢查询）", "the server takes too long before sending headers (a long non-streamed LLM answer, a slow query)"),
    t("请求被代理或网络卡住，一直没有响应", "a proxy or the network stalls the request so nothing comes back"),
  ],
  solutions: [
    {
      title: t("长请求改用流式返回，或给 fetch 一个更长的 headersTimeout", "Stream long requests, or give fetch a longer headersTimeout"),
      steps: [
        t("流式（stream: true）响应会很快返回响应头，不受这个超时影响。确实需要等待更久时，用 undici 的 Agent 设置 headersTimeout/bodyTimeout 并作为 dispatcher 传入。", "A streamed response (stream: true) sends headers quickly and avoids this timeout. When you really must wait longer, create an undici Agent with headersTimeout/bodyTimeout and pass it as the dispatcher."),
      ],
      code: () =>
        block("javascript", [
          'import { Agent, fetch } from "undici";',
          "",
          "const dispatcher = new Agent({ headersTimeout: 15 * 60_000, bodyTimeout: 15 * 60_000 });",
          'const res = await fetch("https://example.com/slow", { dispatcher });',
          "console.log(res.status);",
        ]),
    },
    ...categorySolutions("network.timeout"),
  ],
  docs: ["https://undici.nodejs.org/#/docs/api/Client.md", "https://github.com/nodejs/node/issues/46706"],
  samples: [
    {
      text: "cause: HeadersTimeoutError: Headers Timeout Error",
      source: "https://github.com/nodejs/node/issues/46706",
    },
  ],
});
