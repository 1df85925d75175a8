import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "llamacpp.invalid-api-key",
  category: "auth.invalid_credentials",
  match: [/"message"\s*:\s*"Invalid API Key"\s*,\s*"type"\s*:\s*"authentication_error"/, /'message'\s*:\s*'Invalid API Key'\s*,\s*'type'\s*:\s*'authentication_error'/],
  title: t("llama-server 开启了 --api-key，请求的 Key 不对", "llama-server requires an API key and the request's key is wrong"),
  summary: t(
    "llama.cpp 服务端用 --api-key（或 --api-key-file）启动时，会检查 Authorization: Bearer 里的 Key；没带或不在允许列表里就返回 401「Invalid API Key」。",
    "When llama.cpp server is started with --api-key (or --api-key-file), it checks the key in Authorization: Bearer; a missing key or one not on the list gets 401 \"Invalid API Key\".",
  ),
  causes: [
    t("客户端没有发送 Key，或发送的不是 llama-server 启动时配置的那个", "the client sends no key, or not the one llama-server was started with"),
    t("Key 没有放在 Authorization: Bearer 请求头里", "the key is not sent in the Authorization: Bearer header"),
  ],
  solutions: [
    {
      title: t("在客户端使用启动时配置的 Key", "Use the key the server was started with"),
      steps: [t("OpenAI SDK 的 api_key 填 llama-server 的 --api-key 值，base_url 指向 llama-server 的 /v1。", "Set the OpenAI SDK's api_key to llama-server's --api-key value and base_url to llama-server's /v1.")],
    },
    {
      title: t("本机自用时可以不设 --api-key", "For local personal use, start without --api-key"),
      steps: [t("不设置时服务端不校验 Key；暴露到网络上时仍建议设置。", "Without it the server does not check keys; keep it when the server is exposed on a network.")],
    },
  ],
  docs: ["https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md"],
  samples: [{ text: '401 {"error":{"code":401,"message":"Invalid API Key","type":"authentication_error"}}', source: "https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md" }],
});
