import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "tgi.max-new-tokens-limit",
  category: "request.context_length",
  match: [/`max_new_tokens` must be <= (?<max>\d{1,9})\.\s*Given: (?<given>\d{1,9})/],
  title: (c) => t(`max_new_tokens=${c.g.given ?? "?"} 超过了 TGI 允许的 ${c.g.max ?? "?"}`, `max_new_tokens=${c.g.given ?? "?"} exceeds TGI's limit of ${c.g.max ?? "?"}`),
  summary: t(
    "TGI 校验请求时，max_new_tokens 不能超过服务端允许的最大值（由 --max-total-tokens 等启动参数决定）。",
    "When TGI validates a request, max_new_tokens may not exceed the maximum the server allows (set by launch arguments such as --max-total-tokens).",
  ),
  causes: [t("客户端默认或手动设置的 max_new_tokens 比这个部署允许的大", "the client's default or explicit max_new_tokens is larger than this deployment allows")],
  solutions: [
    {
      title: (c) => t(`把 max_new_tokens 调到 ${c.g.max ?? "上限"} 以内`, `Set max_new_tokens to at most ${c.g.max ?? "the limit"}`),
      steps: [t("在请求参数（或框架的生成配置）里设置更小的 max_new_tokens。", "Set a smaller max_new_tokens in the request parameters (or the framework's generation settings).")],
    },
    {
      title: t("自己部署时调大服务端的上限", "If you run the server, raise its limits"),
      steps: [t("调大 --max-total-tokens（必要时同时调 --max-input-tokens），需要更多显存。", "Raise --max-total-tokens (and --max-input-tokens if needed); it costs more GPU memory.")],
    },
  ],
  docs: ["https://github.com/huggingface/text-generation-inference/blob/main/router/src/validation.rs", "https://github.com/huggingface/text-generation-inference/blob/main/docs/source/reference/launcher.md"],
  samples: [{ text: 'huggingface_hub.errors.ValidationError: Input validation error: `max_new_tokens` must be <= 2048. Given: 4096', source: "https://github.com/huggingface/text-generation-inference/blob/main/router/src/validation.rs" }],
});
