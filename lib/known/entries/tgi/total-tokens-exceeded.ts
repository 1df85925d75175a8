import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "tgi.total-tokens-exceeded",
  category: "request.context_length",
  match: [/`inputs` tokens \+ `max_new_tokens` must be <= (?<max>\d{1,9})\.\s*Given: (?<inputs>\d{1,9}) `inputs` tokens and (?<newt>\d{1,9}) `max_new_tokens`/, /`inputs` tokens \+ `max_new_tokens` must be <= (?<max>\d{1,9})/],
  title: (c) => t(`输入 + max_new_tokens 超过了 TGI 的上限 ${c.g.max ?? "?"}`, `Input plus max_new_tokens exceeds TGI's limit of ${c.g.max ?? "?"}`),
  summary: (c) =>
    t(
      `Text Generation Inference 用服务端的 --max-total-tokens${c.g.max ? `（这里是 ${ic(c.g.max)}）` : ""}限制每个请求「输入 tokens + max_new_tokens」的总量；它是服务端的内存预算设置，不一定等于模型本身的上下文长度。`,
      `Text Generation Inference caps input tokens plus max_new_tokens per request with the server's --max-total-tokens${c.g.max ? ` (${ic(c.g.max)} here)` : ""}; it is the server's memory budget, not necessarily the model's own context length.`,
    ),
  causes: [
    (c) => (c.g.newt ? t(`max_new_tokens 设为 ${c.g.newt}，和 ${c.g.inputs ?? "?"} 个输入 tokens 加起来超了`, `max_new_tokens is ${c.g.newt}, which with ${c.g.inputs ?? "?"} input tokens goes over`) : t("max_new_tokens 设得太大", "max_new_tokens is too large")),
    t("提示词太长（检索到的文档、对话历史）", "the prompt is too long (retrieved documents, history)"),
    t("服务端启动时 --max-total-tokens 设得比模型实际支持的小", "the server was started with a --max-total-tokens below what the model supports"),
  ],
  solutions: [
    {
      title: t("减小 max_new_tokens 或缩短输入", "Lower max_new_tokens or shorten the input"),
      steps: [(c) => t(`让「输入 tokens + max_new_tokens」不超过 ${c.g.max ?? "上限"}。`, `Keep input tokens + max_new_tokens within ${c.g.max ?? "the limit"}.`)],
    },
    {
      title: t("自己部署时，调大服务端的 --max-total-tokens", "If you run the server, raise --max-total-tokens"),
      steps: [t("同时按需调整 --max-input-tokens；值越大每个请求占用的显存越多。", "Adjust --max-input-tokens along with it; larger values cost more GPU memory per request.")],
    },
  ],
  docs: ["https://github.com/huggingface/text-generation-inference/blob/main/docs/source/reference/launcher.md", "https://github.com/huggingface/text-generation-inference/blob/main/router/src/validation.rs"],
  samples: [{ text: "huggingface_hub.errors.HfHubHTTPError: 422 Client Error: Unprocessable Entity. Input validation error: `inputs` tokens + `max_new_tokens` must be <= 4096. Given: 3650 `inputs` tokens and 1024 `max_new_tokens`", source: "https://github.com/huggingface/text-generation-inference/blob/main/router/src/validation.rs" }],
});
