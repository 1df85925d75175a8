import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ollama.runner-terminated",
  category: "unknown",
  match: [/llama runner process has terminated: exit status (?<code>[\w-]{1,40})\s*$/m, /llama runner process has terminated with exit code (?<code>-?\d{1,10})/],
  title: (c) => t(`Ollama 的推理子进程崩溃退出（${c.g.code ?? "?"}）`, `Ollama's inference runner crashed (${c.g.code ?? "?"})`),
  summary: t(
    "Ollama 为每个模型启动一个推理子进程（runner）；它在加载或运行时异常退出，客户端只看到退出码，真正的原因（显存不足、驱动/库不兼容、模型文件损坏等）写在 Ollama 的服务端日志里。",
    "Ollama starts an inference subprocess (runner) per model; it exited abnormally while loading or running, and the client sees only the exit status. The real reason (GPU memory, driver/library mismatch, a damaged model file …) is in Ollama's server log.",
  ),
  causes: [
    t("显存或内存不够，runner 在分配时被系统或驱动终止", "not enough GPU or system memory, so the runner was killed while allocating"),
    t("GPU 驱动、CUDA/ROCm 库与 Ollama 版本不匹配", "the GPU driver or CUDA/ROCm libraries do not match this Ollama version"),
    t("模型文件不完整或与当前版本不兼容", "the model file is incomplete or incompatible with this version"),
  ],
  solutions: [
    {
      title: t("查看 Ollama 服务端日志里的真实错误", "Read the real error in Ollama's server log"),
      steps: [t("Linux（systemd）用 journalctl，macOS 看 ~/.ollama/logs/server.log，容器用 docker logs；设置 OLLAMA_DEBUG=1 可以得到更多细节。", "Use journalctl on Linux (systemd), ~/.ollama/logs/server.log on macOS and docker logs for containers; OLLAMA_DEBUG=1 adds detail.")],
      code: () => block("bash", ["journalctl -u ollama --no-pager --pager-end | tail -n 100"]),
    },
    {
      title: t("按日志原因处理：换小模型、升级 Ollama 或重新拉取模型", "Act on the logged cause: a smaller model, a newer Ollama, or a fresh pull"),
      steps: [t("日志里是内存不足就换更小的模型或降低 num_ctx；是库/驱动错误就升级 Ollama 和驱动；模型文件问题就重新 ollama pull。", "If the log shows memory exhaustion, use a smaller model or a lower num_ctx; for library/driver errors upgrade Ollama and the driver; for model file problems run ollama pull again.")],
    },
  ],
  docs: ["https://github.com/ollama/ollama/blob/main/docs/troubleshooting.mdx", "https://github.com/ollama/ollama/blob/24b1f0a846ecc538bd7a6f40b94f64a2d8509f5b/llm/server.go"],
  samples: [{ text: "Error: llama runner process has terminated: exit status 0xc0000409", source: "https://github.com/ollama/ollama/blob/24b1f0a846ecc538bd7a6f40b94f64a2d8509f5b/llm/server.go" }],
});
