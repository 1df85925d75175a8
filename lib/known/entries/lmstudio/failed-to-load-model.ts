import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "lmstudio.failed-to-load-model",
  category: "unknown",
  match: [/Failed to load the model\s{0,4}Error loading model\.\s{0,4}\(Exit code: (?<code>-?\d{1,25})\)/],
  title: (c) => t(`LM Studio 加载模型失败（退出码 ${c.g.code ?? "?"}）`, `LM Studio failed to load the model (exit code ${c.g.code ?? "?"})`),
  summary: t(
    "LM Studio 的推理运行时（llama.cpp / MLX 引擎）在加载模型时退出了；界面只显示退出码，具体原因要看运行时版本和日志。运行时过旧、不认识模型的新架构是常见原因。",
    "LM Studio's inference runtime (llama.cpp / MLX engine) exited while loading the model; the UI shows only an exit code, and the reason lies in the runtime version and logs. An outdated runtime that does not know a new architecture is a common cause.",
  ),
  causes: [
    t("运行时（runtime）版本太旧，不支持这个模型的架构或量化格式", "the runtime is too old for the model's architecture or quantization format"),
    t("模型放不进显存/内存（GPU offload 层数或上下文设得太大）", "the model does not fit in GPU or system memory (too many offloaded layers or too large a context)"),
  ],
  solutions: [
    {
      title: t("先更新 LM Studio 的运行时", "Update LM Studio's runtime first"),
      steps: [t("在运行时管理界面（Ctrl + Shift + R）里把 llama.cpp / MLX 运行时更新到最新；也可以用 lms runtime 管理。", "Update the llama.cpp / MLX runtime to the latest in the runtime manager (Ctrl + Shift + R); lms runtime manages it too.")],
    },
    {
      title: t("降低 GPU offload 或上下文长度再试", "Retry with less GPU offload or a shorter context"),
      steps: [t("在加载设置里减少 GPU 层数、调小上下文长度，或换更小的量化版本。", "In the load settings reduce GPU layers, shorten the context, or pick a smaller quantization.")],
    },
  ],
  docs: ["https://huggingface.co/lmstudio-community/gemma-3-12b-it-GGUF/discussions/1", "https://lmstudio.ai/docs/cli"],
  samples: [{ text: "🥲 Failed to load the model\n\nError loading model.\n\n(Exit code: 6). Please check settings and try loading the model again.", source: "https://huggingface.co/lmstudio-community/gemma-3-12b-it-GGUF/discussions/1" }],
});
