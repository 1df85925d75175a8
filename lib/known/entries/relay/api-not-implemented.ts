import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.api-not-implemented",
  category: "endpoint.not_found",
  match: [/\bapi_not_implemented\b/, /"message"\s*:\s*"API not implemented"/],
  title: t("中转站没有实现这个接口", "The relay does not implement this endpoint"),
  summary: t(
    "one-api 对 OpenAI 的一部分接口只注册了占位路由（如 /v1/files、/v1/fine_tuning/jobs、/v1/assistants、/v1/images/edits），调用它们固定返回 501 api_not_implemented。",
    "one-api registers only placeholder routes for part of the OpenAI API (e.g. /v1/files, /v1/fine_tuning/jobs, /v1/assistants, /v1/images/edits); calling them always returns 501 api_not_implemented.",
  ),
  causes: [t("调用的接口在这个中转站上没有转发实现，只有聊天、补全、嵌入、图像生成、语音等接口会被转发", "the endpoint is not relayed by this gateway; only chat, completions, embeddings, image generation, audio and the like are forwarded")],
  solutions: [
    {
      title: t("这类接口直接调用上游厂商", "Call the upstream provider directly for these endpoints"),
      steps: [t("文件、微调、Assistants 等接口请用厂商自己的地址和 Key；或者换一个实现了该接口的网关版本。", "Use the provider's own address and key for files, fine-tuning, Assistants and similar endpoints, or a gateway version that implements them.")],
    },
    {
      title: t("确认调用的接口路径", "Check the endpoint path you call"),
      steps: [t("聊天请用 /v1/chat/completions，嵌入用 /v1/embeddings；SDK 的 Assistants、Files 等功能在 one-api 上不可用。", "Use /v1/chat/completions for chat and /v1/embeddings for embeddings; the SDK's Assistants, Files and similar features do not work through one-api.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/router/relay.go", "https://github.com/songquanpeng/one-api/blob/main/controller/relay.go"],
  samples: [{ text: '501 {"error":{"message":"API not implemented","type":"one_api_error","param":"","code":"api_not_implemented"}}', source: "https://github.com/songquanpeng/one-api/blob/main/controller/relay.go" }],
});
