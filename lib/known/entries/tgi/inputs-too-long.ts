import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "tgi.inputs-too-long",
  category: "request.context_length",
  match: [/`inputs` must have less than (?<max>\d{1,9}) tokens\.\s*Given: (?<given>\d{1,9})/],
  title: (c) => t(`输入 ${c.g.given ?? "?"} tokens，超过了 TGI 的输入上限 ${c.g.max ?? "?"}`, `Input of ${c.g.given ?? "?"} tokens exceeds TGI's input limit of ${c.g.max ?? "?"}`),
  summary: t(
    "TGI 用服务端的 --max-input-tokens（旧名 --max-input-length）限制单个请求的输入长度；这是部署时的设置，和模型支持的上下文长度无关。",
    "TGI limits a single request's input with the server's --max-input-tokens (formerly --max-input-length); it is a deployment setting, independent of the context the model supports.",
  ),
  causes: [
    t("提示词比服务端允许的输入长度长", "the prompt is longer than the server allows"),
    t("服务端用了较小的 --max-input-tokens", "the server runs with a small --max-input-tokens"),
  ],
  solutions: [
    {
      title: t("缩短输入", "Shorten the input"),
      steps: [t("截断或切分文档、减少历史消息；也可以在请求参数里设置 truncate，让服务端只保留末尾的 tokens。", "Truncate or split documents, drop old turns; or set truncate in the request parameters so the server keeps only the last tokens.")],
    },
    {
      title: t("自己部署时，调大 --max-input-tokens 和 --max-total-tokens", "If you run the server, raise --max-input-tokens and --max-total-tokens"),
      steps: [t("两者要一起调，且不超过模型支持的长度。", "Raise both together, within what the model supports.")],
    },
  ],
  docs: ["https://github.com/huggingface/text-generation-inference/blob/main/docs/source/reference/launcher.md", "https://github.com/huggingface/text-generation-inference/blob/main/router/src/validation.rs"],
  samples: [{ text: '422 {"error":"Input validation error: `inputs` must have less than 4095 tokens. Given: 5120","error_type":"validation"}', source: "https://github.com/huggingface/text-generation-inference/blob/main/router/src/validation.rs" }],
});
