import { defineKnownError, t } from "../../define";
import { chatCall, openaiBase } from "../../llm";

export default defineKnownError({
  id: "openai.max-completion-tokens",
  category: "request.invalid",
  match: [/Unsupported parameter: '?max_tokens'? is not supported with this model\.? Use '?max_completion_tokens'? instead/],
  title: t("推理模型不接受 max_tokens，要用 max_completion_tokens", "Reasoning models reject max_tokens: use max_completion_tokens"),
  summary: t(
    "Chat Completions 的 max_tokens 参数已被弃用，o 系列等推理模型（以及 GPT-5 系列）不再接受它；输出上限要改用 max_completion_tokens，它同时限制可见输出和推理 token。",
    "Chat Completions' max_tokens is deprecated and reasoning models (the o-series, and the GPT-5 family) do not accept it; the output cap is max_completion_tokens, which bounds visible output and reasoning tokens together.",
  ),
  causes: [
    t("代码或框架仍按旧接口发送 max_tokens，而模型换成了推理模型", "the code or framework still sends max_tokens while the model was switched to a reasoning model"),
    t("所用的客户端库版本较旧，不认识 max_completion_tokens，或没有针对推理模型改写参数", "the client library is too old to know max_completion_tokens, or does not rewrite the parameter for reasoning models"),
  ],
  solutions: [
    {
      title: t("把 max_tokens 改成 max_completion_tokens", "Send max_completion_tokens instead of max_tokens"),
      steps: [
        t("请求体里删除 max_tokens，改用 max_completion_tokens；推理 token 也计入这个上限，数值要比只算可见输出时留得更大。", "Remove max_tokens from the body and send max_completion_tokens; reasoning tokens count toward it too, so leave more room than for visible output alone."),
      ],
      code: (c) => chatCall(c, { base: openaiBase(c), keyEnv: "OPENAI_API_KEY", extra: { max_completion_tokens: 4096 }, note: { zh: "推理模型用 max_completion_tokens，不要再传 max_tokens", en: "reasoning models take max_completion_tokens, never max_tokens" } }),
    },
    {
      title: t("使用框架时升级或换参数名", "With a framework, upgrade it or use its new option"),
      steps: [t("LangChain、LiteLLM 等框架的新版本会为推理模型改写参数；升级后使用它们的 max_completion_tokens 选项。", "Newer LangChain, LiteLLM and similar frameworks rewrite the parameter for reasoning models; upgrade and use their max_completion_tokens option.")],
    },
  ],
  docs: ["https://platform.openai.com/docs/api-reference/chat/create", "https://github.com/simonw/llm/issues/724", "https://github.com/dsp05/overleaf-copilot/pull/43"],
  samples: [
    { text: "400 Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", source: "https://github.com/dsp05/overleaf-copilot/pull/43" },
    { text: "Error: Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", source: "https://github.com/teilomillet/gollm/issues/33" },
  ],
});
