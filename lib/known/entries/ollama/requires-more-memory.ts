import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "ollama.requires-more-memory",
  category: "resource.memory",
  match: [/model requires more system memory \((?<need>[\d.]{1,10} ?[KMGT]i?B)\) than is available \((?<avail>[\d.]{1,10} ?[KMGT]i?B)\)/, /model requires more system memory than is (?:currently )?available/],
  title: (c) => (c.g.need ? t(`模型需要 ${ic(c.g.need)} 内存，可用只有 ${ic(c.g.avail ?? "?")}`, `The model needs ${ic(c.g.need)} of memory, only ${ic(c.g.avail ?? "?")} is available`) : t("内存不足，Ollama 无法加载模型", "Not enough memory for Ollama to load the model")),
  summary: t(
    "Ollama 在加载模型前估算需要的内存（权重 + 上下文缓存）；在 Linux/Windows 上，可用量是空闲内存加空闲交换空间，不够时直接拒绝加载，而不是冒着被系统杀掉的风险。",
    "Before loading, Ollama estimates the memory the model needs (weights plus context cache); on Linux and Windows the available amount is free RAM plus free swap, and when that is too small it refuses to load rather than risk being killed.",
  ),
  causes: [
    t("模型对这台机器太大（参数量或量化精度太高）", "the model is too large for this machine (too many parameters or too high a quantization)"),
    t("其他程序或已加载的其他模型占着内存（模型默认在内存里保留 5 分钟）", "other programs or other loaded models hold the memory (a model stays loaded for 5 minutes by default)"),
    t("上下文窗口（num_ctx / OLLAMA_CONTEXT_LENGTH）或并行数（OLLAMA_NUM_PARALLEL）设得大：需要的内存随两者增长", "a large context window (num_ctx / OLLAMA_CONTEXT_LENGTH) or parallelism (OLLAMA_NUM_PARALLEL): the memory needed grows with both"),
  ],
  solutions: [
    {
      title: t("卸载其他模型、关闭占内存的程序", "Unload other models and close memory-hungry programs"),
      steps: [t("ollama ps 列出已加载的模型，ollama stop 立即卸载。", "ollama ps lists the loaded models; ollama stop unloads one immediately.")],
      code: () => block("bash", ["ollama ps", "free -h"]),
    },
    {
      title: t("换更小的模型或更低精度的量化版本", "Use a smaller model or a lower-precision quantization"),
      steps: [t("例如同一模型的小参数版本，或 q4 量化标签；所需内存会显著减少。", "For example a smaller parameter size of the same model, or a q4 quantization tag; the memory needed drops a lot.")],
    },
    {
      title: t("调小上下文窗口和并行数，或增加交换空间", "Lower the context window and parallelism, or add swap"),
      steps: [t("在请求的 options 里减小 num_ctx，或降低 OLLAMA_CONTEXT_LENGTH / OLLAMA_NUM_PARALLEL；在 Linux/Windows 上空闲交换空间也计入可用内存（速度会变慢）。", "Reduce num_ctx in the request options, or lower OLLAMA_CONTEXT_LENGTH / OLLAMA_NUM_PARALLEL; on Linux and Windows free swap counts as available memory too (at a speed cost).")],
    },
  ],
  docs: ["https://github.com/ollama/ollama/blob/24b1f0a846ecc538bd7a6f40b94f64a2d8509f5b/llm/server.go", "https://github.com/ollama/ollama/blob/main/docs/faq.mdx"],
  samples: [
    { text: "Error: model requires more system memory (11.2 GiB) than is available (7.8 GiB)", source: "https://github.com/ollama/ollama/blob/24b1f0a846ecc538bd7a6f40b94f64a2d8509f5b/llm/server.go" },
  ],
});
