import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "vllm.free-memory-startup",
  category: "resource.memory",
  match: [/Free memory on device(?: [\w:]{1,20})? \((?<free>[\d.]{1,10})\/(?<total>[\d.]{1,10}) GiB\) on startup is less than desired GPU memory utilization \((?<util>[\d.]{1,6}), (?<want>[\d.]{1,10}) GiB\)/, /on startup is less than desired GPU memory utilization/],
  title: (c) => (c.g.free ? t(`启动时只有 ${c.g.free} GiB 空闲显存，不够预留 ${c.g.want ?? "?"} GiB`, `Only ${c.g.free} GiB free at startup, ${c.g.want ?? "?"} GiB requested`) : t("启动时空闲显存少于 gpu_memory_utilization 要预留的量", "Free GPU memory at startup is below what gpu_memory_utilization reserves")),
  summary: (c) =>
    t(
      `gpu_memory_utilization 是「总显存」的比例${c.g.util ? `（这里是 ${ic(c.g.util)}）` : ""}，vLLM 启动时要一次性预留这么多；卡上空闲的显存比这个少——通常是别的进程（另一个 vLLM、训练任务、桌面）占着——就直接退出。`,
      `gpu_memory_utilization is a share of the GPU's total memory${c.g.util ? ` (${ic(c.g.util)} here)` : ""} that vLLM reserves at startup; when less than that is free, usually because another process (another vLLM, a training job, the desktop) holds memory, it exits.`,
    ),
  causes: [
    t("同一张卡上还有别的进程占用显存，包括上一次没退出干净的 vLLM", "other processes hold memory on the same GPU, including a previous vLLM that did not exit"),
    t("在一张卡上跑两个 vLLM 实例，两者的 gpu_memory_utilization 加起来超过 1", "two vLLM instances share one GPU and their gpu_memory_utilization values add up to more than 1"),
  ],
  solutions: [
    {
      title: t("找出并结束占用显存的进程", "Find and stop the processes holding GPU memory"),
      steps: [t("nvidia-smi 列出每个进程的显存；结束不需要的进程后再启动。", "nvidia-smi lists per-process memory; stop the ones you do not need, then start again.")],
      code: () => block("bash", ["nvidia-smi --query-compute-apps=pid,process_name,used_memory --format=csv"]),
    },
    {
      title: t("或者降低 --gpu-memory-utilization", "Or lower --gpu-memory-utilization"),
      steps: [(c) => t(`把比例设到「空闲显存 ÷ 总显存」以下${c.g.free && c.g.total ? `（这里约 ${(Number(c.g.free) / Number(c.g.total)).toFixed(2)}）` : ""}；KV 缓存会相应变小，必要时同时调小 --max-model-len。`, `Set it below free ÷ total${c.g.free && c.g.total ? ` (about ${(Number(c.g.free) / Number(c.g.total)).toFixed(2)} here)` : ""}; the KV cache shrinks accordingly, so lower --max-model-len too if needed.`)],
    },
  ],
  docs: ["https://github.com/vllm-project/vllm/blob/main/docs/configuration/conserving_memory.md", "https://github.com/vllm-project/vllm/blob/main/docs/usage/troubleshooting.md"],
  samples: [{ text: "ValueError: Free memory on device (5.21/23.64 GiB) on startup is less than desired GPU memory utilization (0.9, 21.28 GiB). Decrease GPU memory utilization or reduce GPU memory used by other processes.", source: "https://github.com/vllm-project/vllm/blob/main/docs/configuration/conserving_memory.md" }],
});
