import { defineKnownError, t } from "../../define";
import { openaiBase, retryOtherEco, sdkRetries } from "../../llm";

export default defineKnownError({
  id: "openai.server-error",
  category: "upstream.unavailable",
  // Kimi reuses "The engine is currently overloaded"; only OpenAI (or an unknown host) gets OpenAI's advice.
  guard: { provider: ["openai", ""] },
  match: ["The server had an error while processing your request", "The engine is currently overloaded, please try again later", /\bserver_is_overloaded\b/],
  title: t("OpenAI 服务端出错或过载", "OpenAI server error or overload"),
  summary: t(
    "这是 OpenAI 自己的问题（500 服务端错误或 503 过载），与你的 Key、参数和余额无关；通常短暂，稍后重试即可。",
    "This is on OpenAI's side (a 500 server error or a 503 overload), not your key, parameters or balance; it is usually brief and a later retry succeeds.",
  ),
  causes: [
    t("OpenAI 服务端临时故障", "a transient fault on OpenAI's servers"),
    t("流量高峰导致服务过载", "high traffic overloading the service"),
  ],
  solutions: [
    {
      title: t("指数退避重试", "Retry with exponential backoff"),
      steps: [t("官方 SDK 对 5xx 默认重试 2 次；把 max_retries 调大，并给单次请求设置合理超时。", "The official SDKs retry 5xx twice by default; raise max_retries and keep a sensible per-request timeout.")],
      code: (c) => sdkRetries(c, openaiBase(c), "OPENAI_API_KEY") ?? retryOtherEco(c),
    },
    {
      title: t("查看状态页", "Check the status page"),
      steps: [t("持续失败时查看 status.openai.com 是否有进行中的事故；问题持续存在时带上 request id 联系支持。", "If it keeps failing, check status.openai.com for an ongoing incident; if it persists, contact support with the request id.")],
    },
  ],
  docs: ["https://developers.openai.com/docs/guides/error-codes", "https://www.mintlify.com/openai/openai-python/concepts/retries"],
  samples: [
    { text: "HTTP 500 - The server had an error while processing your request", source: "https://developers.openai.com/docs/guides/error-codes" },
  ],
});
