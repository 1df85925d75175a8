import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "vllm.max-model-len-too-large",
  category: "code.value",
  printedFixIsWrong: true,
  match: [/User-specified max_model_len \((?<want>\d{1,9})\) is greater than the derived max_model_len \((?<derived>[^)\n]{1,200})\)/],
  title: (c) => t(`max_model_len=${c.g.want ?? "?"} 超过了模型配置支持的长度`, `max_model_len=${c.g.want ?? "?"} exceeds what the model config supports`),
  summary: (c) =>
    t(
      `vLLM 从模型的 config.json 推出最大上下文（${ic(c.g.derived ?? "?")}）；--max-model-len 设得比它大，超出部分的位置编码模型没训练过，可能导致错误输出或 CUDA 错误，所以默认拒绝启动。`,
      `vLLM derives the maximum context from the model's config.json (${ic(c.g.derived ?? "?")}); --max-model-len is larger, and positions beyond it were never trained, which can give wrong outputs or CUDA errors, so startup is refused by default.`,
    ),
  causes: [
    t("--max-model-len 按别的模型或宣传的上下文长度填写，超过了这个模型 config.json 里的 max_position_embeddings", "--max-model-len was copied from another model or an advertised context length and exceeds this model's max_position_embeddings"),
    t("模型需要 RoPE 扩展（如 YaRN）才能支持更长上下文，但没有配置", "the model needs RoPE scaling (e.g. YaRN) for longer contexts and none is configured"),
  ],
  solutions: [
    {
      title: (c) => t(`把 --max-model-len 调到模型支持的范围内${c.g.derived ? `（${c.g.derived}）` : ""}`, `Lower --max-model-len to what the model supports${c.g.derived ? ` (${c.g.derived})` : ""}`),
      steps: [t("这是最安全的修复；确需更长上下文时，按模型卡配置 rope scaling。", "This is the safe fix; if a longer context is truly needed, configure rope scaling as the model card describes.")],
    },
    {
      title: t("错误里提到的 VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 只在确认模型支持时使用", "Use the VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 override from the message only when you know the model supports it"),
      steps: [t("它只是跳过检查；模型没有相应的位置编码支持时，输出可能出错。", "It only skips the check; without matching position-encoding support the outputs can be wrong.")],
    },
  ],
  docs: ["https://github.com/vllm-project/vllm/blob/main/docs/configuration/env_vars.md", "https://github.com/vllm-project/vllm/blob/main/docs/configuration/conserving_memory.md"],
  samples: [{ text: "ValueError: User-specified max_model_len (131072) is greater than the derived max_model_len (max_position_embeddings=32768 or model_max_length=None in model's config.json). This may lead to incorrect model outputs or CUDA errors. To allow overriding this maximum, set the env var VLLM_ALLOW_LONG_MAX_MODEL_LEN=1", source: "https://github.com/vllm-project/vllm/blob/main/docs/configuration/env_vars.md" }],
});
