import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "llamaindex.unknown-openai-model",
  category: "model.not_found",
  match: [/Unknown model ['"]?(?<model>[^'"\s.]{1,120})['"]?\.\s{0,3}Please provide a valid OpenAI model name/],
  title: (c) => t(`LlamaIndex 的 OpenAI 类不认识模型名 ${ic(c.g.model ?? "?")}`, `LlamaIndex's OpenAI class does not know the model name ${ic(c.g.model ?? "?")}`),
  summary: t(
    "llama_index 的 OpenAI（和 OpenAIEmbedding）类会把模型名和它内置的 OpenAI 模型列表核对，用来确定上下文长度等信息；接 OpenAI 兼容的其他服务（vLLM、Ollama、中转站、第三方厂商）时，它们的模型名不在这个列表里，于是直接报错，请求没有发出。",
    "llama_index's OpenAI (and OpenAIEmbedding) class checks the model name against its built-in list of OpenAI models to know the context size and similar details; with another OpenAI-compatible service (vLLM, Ollama, a relay, a third-party vendor) the model name is not on that list, so it fails before any request.",
  ),
  causes: [
    t("用 OpenAI 类去调用 OpenAI 兼容的非 OpenAI 服务", "the OpenAI class is used to call a non-OpenAI, OpenAI-compatible service"),
    t("llama-index-llms-openai 版本较旧，列表里还没有这个新的 OpenAI 模型", "llama-index-llms-openai is old and its list lacks this newer OpenAI model"),
  ],
  solutions: [
    {
      title: t("OpenAI 兼容服务改用 OpenAILike", "Use OpenAILike for OpenAI-compatible services"),
      steps: [t("安装 llama-index-llms-openai-like，用 OpenAILike(model=..., api_base=..., api_key=..., is_chat_model=True, context_window=...)，它不校验模型名。", "Install llama-index-llms-openai-like and use OpenAILike(model=..., api_base=..., api_key=..., is_chat_model=True, context_window=...), which does not validate the model name.")],
    },
    {
      title: t("确实是 OpenAI 的新模型时，升级集成包", "For a genuinely new OpenAI model, upgrade the integration"),
      steps: [t("pip install -U llama-index-llms-openai 后再试。", "Run pip install -U llama-index-llms-openai and try again.")],
    },
  ],
  docs: ["https://docs.truefoundry.com/gateway/llama-index", "https://airflow.apache.org/docs/apache-airflow-providers-common-ai/stable/connections/llamaindex.html"],
  samples: [{ text: "ValueError: Unknown model 'deepseek-chat'. Please provide a valid OpenAI model name in: o1, o1-2024-12-17, gpt-4o, gpt-4o-2024-05-13, gpt-4o-mini", source: "https://docs.truefoundry.com/gateway/llama-index" }],
});
