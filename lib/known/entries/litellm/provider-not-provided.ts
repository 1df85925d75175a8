import { block, defineKnownError, ic, q, t } from "../../define";

export default defineKnownError({
  id: "litellm.provider-not-provided",
  category: "request.invalid",
  match: [/LLM Provider NOT provided\. Pass in the LLM provider you are trying to call\. You passed model=(?<model>[^\s\n]{0,120})/],
  title: (c) => t(`LiteLLM 不知道 ${ic(c.g.model ?? "?")} 属于哪个服务商`, `LiteLLM cannot tell which provider ${ic(c.g.model ?? "?")} belongs to`),
  summary: (c) =>
    t(
      `LiteLLM 靠模型名前缀决定调用哪个服务商（如 ${ic("openai/…")}、${ic("anthropic/…")}、${ic("ollama/…")}）；${ic(c.g.model ?? "?")} 既没有前缀，也不在它内置的已知模型表里，所以无法路由。`,
      `LiteLLM routes by the model name's provider prefix (${ic("openai/…")}, ${ic("anthropic/…")}, ${ic("ollama/…")} …); ${ic(c.g.model ?? "?")} has no prefix and is not in its built-in model map, so it cannot be routed.`,
    ),
  causes: [
    t("模型名没带服务商前缀，而且不是 LiteLLM 认识的知名模型名", "the model name has no provider prefix and is not a well-known name LiteLLM recognises"),
    t("调用的是 OpenAI 兼容的自建服务或中转站：需要用 openai/ 前缀并设置 api_base，LiteLLM 才会按 OpenAI 协议发请求", "the target is a self-hosted or relay OpenAI-compatible endpoint: it needs the openai/ prefix plus api_base so LiteLLM speaks the OpenAI protocol"),
    t("上层框架（CrewAI、OpenHands 等）把模型名原样传给了 LiteLLM，配置里漏了前缀", "a framework on top (CrewAI, OpenHands …) passes the model name to LiteLLM as is, and the config lacks the prefix"),
  ],
  solutions: [
    {
      title: t("给模型名加上服务商前缀", "Prefix the model name with its provider"),
      steps: [t("对照 LiteLLM 的 Providers 文档选前缀；OpenAI 兼容接口用 openai/<模型名>，并把 api_base 指向该服务的 /v1 地址。", "Pick the prefix from LiteLLM's Providers docs; for an OpenAI-compatible endpoint use openai/<model> with api_base set to its /v1 address.")],
      code: (c) =>
        block("python", [
          "import os",
          "import litellm",
          "",
          `MODEL = ${c.g.model && !c.g.model.includes("/") ? q(`openai/${c.g.model}`) : '"openai/" + os.environ["LLM_MODEL"]'}`,
          "resp = litellm.completion(",
          "    model=MODEL,",
          '    api_base=os.environ["OPENAI_BASE_URL"],',
          '    api_key=os.environ["OPENAI_API_KEY"],',
          '    messages=[{"role": "user", "content": "ping"}],',
          ")",
          "print(resp.choices[0].message.content)",
        ]),
      when: (c) => c.f.ecosystem === "python" || c.f.ecosystem === null,
    },
    {
      title: t("用 custom_llm_provider 显式指定服务商", "Name the provider explicitly with custom_llm_provider"),
      steps: [t("不方便改模型名时，可以在调用时传 custom_llm_provider（如 \"openai\"）告诉 LiteLLM 用哪个服务商的协议。", "If the model name cannot change, pass custom_llm_provider (e.g. \"openai\") in the call to tell LiteLLM which provider's protocol to use.")],
    },
  ],
  docs: ["https://docs.litellm.ai/docs/providers", "https://docs.litellm.ai/docs/exception_mapping"],
  samples: [{ text: "litellm.exceptions.BadRequestError: litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are trying to call. You passed model=qwen2.5:14b\n Pass model as E.g. For 'Huggingface' inference endpoints pass in `completion(model='huggingface/starcoder',..)` Learn more: https://docs.litellm.ai/docs/providers", source: "https://docs.litellm.ai/docs/providers" }],
});
