import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ollama.server-busy",
  category: "upstream.unavailable",
  match: [/server busy, please try again\.\s{1,3}maximum pending requests exceeded/],
  title: t("Ollama 请求队列已满（server busy）", "Ollama's request queue is full (server busy)"),
  summary: t(
    "Ollama 同时只处理有限的请求，其余排队；排队数超过 OLLAMA_MAX_QUEUE（默认 512）时，新的请求直接得到 503。",
    "Ollama processes a limited number of requests at once and queues the rest; once the queue exceeds OLLAMA_MAX_QUEUE (512 by default), new requests get 503 straight away.",
  ),
  causes: [
    t("并发请求太多，超过了处理能力和队列长度", "more concurrent requests than the server can process and queue"),
    t("每个模型默认只并行处理 1 个请求（OLLAMA_NUM_PARALLEL），慢模型会让队列迅速变长", "each model processes 1 request at a time by default (OLLAMA_NUM_PARALLEL), so a slow model lets the queue grow fast"),
  ],
  solutions: [
    {
      title: t("降低客户端并发并退避重试", "Lower client concurrency and retry with backoff"),
      steps: [t("限制同时发出的请求数，出现 503 后等待递增的时间再试。", "Cap the number of requests in flight and wait increasing delays after a 503.")],
    },
    {
      title: t("调整服务端：OLLAMA_MAX_QUEUE / OLLAMA_NUM_PARALLEL", "Tune the server: OLLAMA_MAX_QUEUE / OLLAMA_NUM_PARALLEL"),
      steps: [t("调大队列长度，或在内存允许时提高并行数（所需内存随 OLLAMA_NUM_PARALLEL × 上下文长度增长）。", "Raise the queue length, or the parallelism if memory allows (memory grows with OLLAMA_NUM_PARALLEL × context length).")],
    },
  ],
  docs: ["https://github.com/ollama/ollama/blob/main/docs/faq.mdx", "https://github.com/ollama/ollama/blob/main/server/sched.go"],
  samples: [{ text: '503 {"error":"server busy, please try again.  maximum pending requests exceeded"}', source: "https://github.com/ollama/ollama/blob/main/server/sched.go" }],
});
