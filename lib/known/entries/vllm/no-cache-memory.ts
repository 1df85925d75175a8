import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "vllm.no-cache-memory",
  category: "resource.memory",
  match: [/No available memory for the cache blocks/],
  title: t("加载权重后没有显存留给 KV 缓存", "No GPU memory left for the KV cache after loading the weights"),
  summary: t(
    "vLLM 先加载模型权重、测量运行开销，再把 gpu_memory_utilization 范围内剩下的显存分给 KV 缓存；剩余量为零或负数时无法服务任何请求，启动失败。",
    "vLLM loads the weights, measures runtime overhead, then gives what remains within gpu_memory_utilization to the KV cache; when nothing remains it cannot serve any request and startup fails.",
  ),
  causes: [
    t("模型权重本身就接近或超过 gpu_memory_utilization 允许的显存", "the weights alone come close to or exceed the memory gpu_memory_utilization allows"),
    t("CUDA graph、多模态编码器等运行开销占掉了剩余显存", "runtime overhead (CUDA graphs, multimodal encoders …) takes the remaining memory"),
  ],
  solutions: [
    {
      title: t("使用量化模型或多卡张量并行", "Use a quantized model or tensor parallelism"),
      steps: [t("量化版本能大幅减少权重占用；--tensor-parallel-size 把权重分到多张卡上。", "A quantized variant cuts the weight footprint a lot; --tensor-parallel-size splits the weights across GPUs.")],
    },
    {
      title: t("减少运行开销或提高利用率", "Cut runtime overhead or raise the utilization"),
      steps: [t("--enforce-eager 关闭 CUDA graph，降低 --max-num-seqs；在没有其他进程占用时可以提高 --gpu-memory-utilization。", "--enforce-eager disables CUDA graphs, lower --max-num-seqs; if no other process uses the GPU, raise --gpu-memory-utilization.")],
    },
  ],
  docs: ["https://github.com/vllm-project/vllm/blob/main/docs/configuration/conserving_memory.md", "https://github.com/vllm-project/vllm/blob/main/docs/usage/troubleshooting.md"],
  samples: [{ text: "ValueError: No available memory for the cache blocks. Try increasing `gpu_memory_utilization` when initializing the engine.", source: "https://github.com/vllm-project/vllm/blob/main/docs/configuration/conserving_memory.md" }],
});
