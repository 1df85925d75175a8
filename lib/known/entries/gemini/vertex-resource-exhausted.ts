import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "gemini.vertex-resource-exhausted",
  category: "rate_limit",
  match: ["Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429"],
  title: t("Vertex AI 429：资源暂时耗尽", "Vertex AI 429: resource temporarily exhausted"),
  summary: t(
    "这是 Vertex AI（而不是 AI Studio 的 Gemini API）返回的 429 RESOURCE_EXHAUSTED：该模型在这个地域可用的处理资源或你的项目配额此刻不够。消息本身建议稍后重试，并链接了 Vertex AI 的 429 说明页。",
    "This 429 RESOURCE_EXHAUSTED comes from Vertex AI (not AI Studio's Gemini API): the capacity for this model in the region, or your project's quota, is not enough right now. The message itself says to try again later and links Vertex AI's 429 page.",
  ),
  causes: [t("该模型在所用地域的共享处理资源此刻紧张", "shared capacity for the model in the region is tight right now"), t("项目在该模型上的请求速率过高", "the project's request rate on the model is too high")],
  solutions: [
    { title: t("指数退避重试", "Retry with exponential backoff"), steps: [t("稍后重试并逐次加大间隔，降低并发；持续出现时查看消息中链接的页面，了解配额与容量选项。", "Retry later with growing intervals and lower concurrency; if it persists, read the page the message links for quota and capacity options.")] },
    { title: t("把请求在时间上分散", "Spread the requests over time"), steps: [t("降低并发、避免突发流量，批量任务排队执行。", "Lower concurrency, avoid bursts, and queue batch work.")] },
  ],
  docs: ["https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429", "https://github.com/google-gemini/gemini-cli/issues/11392"],
  samples: [{ text: "✕ [API Error: [{ \"error\": { \"code\": 429, \"message\": \"Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.\"", source: "https://github.com/google-gemini/gemini-cli/issues/14811" }],
});
