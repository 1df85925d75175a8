import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "llamacpp.exceed-context-size",
  category: "request.context_length",
  match: [
    /request \((?<prompt>\d{1,9}) tokens\) exceeds the available context size \((?<ctx>\d{1,9}) tokens\)/,
    /"n_prompt_tokens"\s*:\s*(?<prompt>\d{1,9})\s*,\s*"n_ctx"\s*:\s*(?<ctx>\d{1,9})/,
    /the request exceeds the available context size/,
    /\bexceed_context_size_error\b/,
  ],
  title: (c) => (c.g.prompt ? t(`提示词 ${c.g.prompt} tokens 超过了 llama-server 的上下文 ${c.g.ctx ?? "?"}`, `The ${c.g.prompt}-token prompt exceeds llama-server's ${c.g.ctx ?? "?"}-token context`) : t("请求超过了 llama-server 的可用上下文", "The request exceeds llama-server's available context")),
  summary: (c) =>
    t(
      `llama.cpp 服务端的上下文大小由启动参数 -c / --ctx-size 决定${c.g.ctx ? `（这里是 ${ic(c.g.ctx)}）` : ""}，与模型训练时支持的长度无关；提示词放不进去时返回 exceed_context_size_error，不会自动截断，除非开启了 context shift。`,
      `llama.cpp server's context size is set by -c / --ctx-size at startup${c.g.ctx ? ` (${ic(c.g.ctx)} here)` : ""}, not by what the model was trained for; a prompt that does not fit gets exceed_context_size_error and is not truncated unless context shift is enabled.`,
    ),
  causes: [
    t("llama-server 启动时的 --ctx-size 太小（或沿用了默认值）", "llama-server was started with a small --ctx-size (or its default)"),
    t("客户端发送了过长的对话历史、文档或工具输出", "the client sends a long history, documents or tool output"),
  ],
  solutions: [
    {
      title: t("用更大的 --ctx-size 重启 llama-server", "Restart llama-server with a larger --ctx-size"),
      steps: [t("例如 llama-server -m 模型.gguf -c 16384；上下文越大，KV 缓存占用的内存越多，不能超过模型训练的长度。", "For example llama-server -m model.gguf -c 16384; a larger context needs more memory for the KV cache and should not exceed the model's trained length.")],
    },
    {
      title: t("缩短请求，或开启 context shift", "Shorten the request, or enable context shift"),
      steps: [t("在客户端截断历史消息；也可以按错误提示启用 context shift，让服务端丢弃最早的 tokens（会丢失前文）。", "Trim history in the client; or, as the message suggests, enable context shift so the server drops the oldest tokens (losing that context).")],
    },
  ],
  docs: ["https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md", "https://github.com/ggml-org/llama.cpp/pull/15780"],
  samples: [{ text: '{"error":{"code":400,"message":"request (9216 tokens) exceeds the available context size (8192 tokens), try increasing it","type":"exceed_context_size_error","n_prompt_tokens":9216,"n_ctx":8192}}', source: "https://github.com/ggml-org/llama.cpp/pull/15780" }],
});
