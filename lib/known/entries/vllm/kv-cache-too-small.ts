import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "vllm.kv-cache-too-small",
  category: "resource.memory",
  match: [/The model's max seq len \((?<len>\d{1,9})\) is larger than the maximum number of tokens that can be stored in KV cache \((?<kv>\d{1,9})\)/],
  title: (c) => t(`KV 缓存只放得下 ${c.g.kv ?? "?"} tokens，小于 max_model_len ${c.g.len ?? "?"}`, `The KV cache holds ${c.g.kv ?? "?"} tokens, less than max_model_len ${c.g.len ?? "?"}`),
  summary: (c) =>
    t(
      `vLLM 启动时用「显存 × gpu_memory_utilization − 模型权重 − 运行开销」算出 KV 缓存的容量；它连一条 ${ic(c.g.len ?? "max_model_len")} tokens 的完整序列都放不下（只能放 ${ic(c.g.kv ?? "?")}），所以拒绝启动。max_model_len 默认取模型配置里的最大上下文，常常远大于实际需要。`,
      `At startup vLLM sizes the KV cache as GPU memory × gpu_memory_utilization minus weights and runtime overhead; it cannot hold even one full sequence of ${ic(c.g.len ?? "max_model_len")} tokens (only ${ic(c.g.kv ?? "?")}), so it refuses to start. max_model_len defaults to the model config's maximum context, often far more than needed.`,
    ),
  causes: [
    t("模型默认的上下文很长（32k、128k），而这张卡的显存在放下权重后所剩不多", "the model's default context is long (32k, 128k) while little GPU memory is left after the weights"),
    t("gpu_memory_utilization 偏低，或同一张卡上还有别的进程占显存", "gpu_memory_utilization is low, or other processes hold memory on the same GPU"),
  ],
  solutions: [
    {
      title: (c) => t(`把 max_model_len 设到 ${c.g.kv ?? "KV 容量"} 以下`, `Set max_model_len below ${c.g.kv ?? "the KV capacity"}`),
      steps: [t("按实际需要的上下文长度设置 --max-model-len（离线用 LLM(max_model_len=...)）；这是最直接的修复。", "Set --max-model-len to the context you actually need (LLM(max_model_len=...) offline); this is the direct fix.")],
      code: (c) => (c.g.kv ? block("bash", [`MODEL="\${LLM_MODEL:?set LLM_MODEL to the model you serve}"`, `vllm serve "$MODEL" --max-model-len ${Math.max(256, Math.floor(Number(c.g.kv) / 256) * 256)}`]) : null),
    },
    {
      title: t("或者给 KV 缓存更多显存", "Or give the KV cache more memory"),
      steps: [t("提高 --gpu-memory-utilization（默认 0.9，留意其他进程），用 --tensor-parallel-size 把模型分到多张卡上，或使用量化模型、--kv-cache-dtype fp8。", "Raise --gpu-memory-utilization (default 0.9; mind other processes), split the model across GPUs with --tensor-parallel-size, or use a quantized model or --kv-cache-dtype fp8.")],
    },
  ],
  docs: ["https://github.com/vllm-project/vllm/blob/main/docs/configuration/conserving_memory.md", "https://github.com/vllm-project/vllm/blob/main/docs/usage/troubleshooting.md"],
  samples: [
    { text: "ValueError: The model's max seq len (131072) is larger than the maximum number of tokens that can be stored in KV cache (26208). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine.", source: "https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.2/discussions/49" },
  ],
});
