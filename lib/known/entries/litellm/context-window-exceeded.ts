import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "litellm.context-window-exceeded",
  category: "request.context_length",
  // LiteLLM wraps the provider's own context-length message: its wrapper names the layer to fix.
  priority: 1,
  match: [/\bContextWindowExceededError\b/],
  title: t("提示词超过了模型的上下文窗口（LiteLLM ContextWindowExceededError）", "The prompt exceeds the model's context window (LiteLLM ContextWindowExceededError)"),
  summary: t(
    "LiteLLM 把各服务商「上下文超长」的报错统一映射成 ContextWindowExceededError（400），方便统一处理或配置上下文回退。真正的限制来自被调用的模型。",
    "LiteLLM maps every provider's context-too-long error to ContextWindowExceededError (400) so it can be handled uniformly or trigger context-window fallbacks. The actual limit is the called model's.",
  ),
  causes: [
    t("对话历史、检索文档或工具输出太长", "the conversation history, retrieved documents or tool output are too long"),
    t("max_tokens 与输入加起来超过了模型的窗口", "max_tokens plus the input exceeds the model's window"),
  ],
  solutions: [
    {
      title: t("缩短输入或调小 max_tokens", "Shorten the input or lower max_tokens"),
      steps: [t("截断历史、分块处理文档；litellm.token_counter 可以先估算 tokens。", "Trim history and chunk documents; litellm.token_counter can estimate tokens beforehand.")],
    },
    {
      title: t("配置上下文窗口回退", "Configure a context-window fallback"),
      steps: [t("在 Router / 代理上配置 context_window_fallbacks，遇到这个错误时自动改用上下文更长的模型。", "Configure context_window_fallbacks on the Router / proxy so this error switches to a model with a longer context.")],
    },
  ],
  docs: ["https://docs.litellm.ai/docs/exception_mapping"],
  samples: [{ text: "litellm.exceptions.ContextWindowExceededError: litellm.BadRequestError: litellm.ContextWindowExceededError: ContextWindowExceededError: OpenAIException - This model's maximum context length is 128000 tokens.", source: "https://docs.litellm.ai/docs/exception_mapping" }],
});
