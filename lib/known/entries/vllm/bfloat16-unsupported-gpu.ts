import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "vllm.bfloat16-unsupported-gpu",
  category: "unknown",
  match: [/Bfloat16 is only supported on GPUs with compute capability of at least 8\.0\.\s{0,3}Your (?<gpu>[^\n]{1,60}?) GPU has compute capability (?<cc>\d\.\d)/, /Bfloat16 is only supported on GPUs with compute capability of at least 8\.0/],
  title: (c) => (c.g.gpu ? t(`${ic(c.g.gpu)}（算力 ${c.g.cc ?? "?"}）不支持 bfloat16`, `${ic(c.g.gpu)} (compute capability ${c.g.cc ?? "?"}) has no bfloat16`) : t("这张 GPU 不支持 bfloat16", "This GPU does not support bfloat16")),
  summary: t(
    "模型配置的 dtype 是 bfloat16，vLLM 默认（--dtype auto）照搬；但 bfloat16 需要算力 8.0 以上（Ampere 及更新），Turing（T4、RTX 20 系）和 Volta（V100）原生不支持，于是启动失败。",
    "The model's config says bfloat16 and vLLM's default (--dtype auto) follows it; bfloat16 needs compute capability 8.0+ (Ampere or newer), which Turing (T4, RTX 20-series) and Volta (V100) lack natively, so startup fails.",
  ),
  causes: [t("GPU 算力低于 8.0，而模型默认 dtype 是 bfloat16", "the GPU's compute capability is below 8.0 while the model defaults to bfloat16")],
  solutions: [
    {
      title: t("改用 float16：--dtype half", "Use float16: --dtype half"),
      steps: [t("命令行加 --dtype half（Python 里 LLM(model=..., dtype=\"half\")）；极少数模型在 float16 下数值溢出，这时只能换 Ampere 及以上的 GPU。", "Add --dtype half (LLM(model=..., dtype=\"half\") in Python); a few models overflow in float16, in which case an Ampere-or-newer GPU is needed.")],
    },
    {
      title: t("或者使用支持 bfloat16 的 GPU", "Or use a GPU with bfloat16 support"),
      steps: [t("Ampere（A100、RTX 30 系）及更新的 GPU 原生支持 bfloat16。", "Ampere (A100, RTX 30-series) and newer GPUs support bfloat16 natively.")],
    },
  ],
  docs: ["https://github.com/vllm-project/vllm/issues/946", "https://github.com/vllm-project/vllm/blob/main/docs/configuration/engine_args.md"],
  samples: [{ text: "ValueError: Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your Tesla V100-SXM2-32GB GPU has compute capability 7.0. You can use float16 instead by explicitly setting the`dtype` flag in CLI, for example: --dtype=half.", source: "https://github.com/hiyouga/LlamaFactory/issues/4960" }],
});
