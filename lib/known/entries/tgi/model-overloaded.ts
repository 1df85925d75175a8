import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "tgi.model-overloaded",
  category: "upstream.unavailable",
  match: [/"error"\s*:\s*"Model is overloaded"/, /\bModel is overloaded\b[^\n]{0,60}\boverloaded\b/],
  title: t("TGI 的并发请求数已满（Model is overloaded）", "TGI's concurrent request limit is reached (Model is overloaded)"),
  summary: t(
    "TGI 用 --max-concurrent-requests（默认 128）限制同时处理的请求；超出的请求不排队，直接得到 429「Model is overloaded」。",
    "TGI caps in-flight requests with --max-concurrent-requests (128 by default); requests beyond it are not queued but get 429 \"Model is overloaded\".",
  ),
  causes: [t("客户端并发过高，超过了服务端允许的并发数", "the client sends more concurrent requests than the server allows")],
  solutions: [
    {
      title: t("限制客户端并发并退避重试", "Limit client concurrency and retry with backoff"),
      steps: [t("控制同时在途的请求数，收到 429 后等待再试。", "Cap the requests in flight and wait before retrying after a 429.")],
    },
    {
      title: t("自己部署时调大 --max-concurrent-requests", "If you run the server, raise --max-concurrent-requests"),
      steps: [t("限制调高后请求会在服务端等待更久，注意显存和延迟。", "With a higher limit requests wait longer on the server; watch memory and latency.")],
    },
  ],
  docs: ["https://github.com/huggingface/text-generation-inference/blob/main/docs/source/reference/launcher.md", "https://github.com/huggingface/text-generation-inference/blob/main/router/src/infer/mod.rs"],
  samples: [{ text: '429 {"error":"Model is overloaded","error_type":"overloaded"}', source: "https://github.com/huggingface/text-generation-inference/blob/main/router/src/sagemaker.rs" }],
});
