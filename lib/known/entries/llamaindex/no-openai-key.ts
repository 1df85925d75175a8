import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "llamaindex.no-openai-key",
  category: "auth.invalid_credentials",
  match: [/No API key found for OpenAI\.?\s{0,3}Please set either the OPENAI_API_KEY environment variable or openai\.api_key prior to initialization/],
  title: t("LlamaIndex 默认要用 OpenAI，但没有 OPENAI_API_KEY", "LlamaIndex defaults to OpenAI but OPENAI_API_KEY is missing"),
  summary: t(
    "LlamaIndex 在没有另外配置时，默认用 OpenAI 的模型生成文本、用 OpenAI 的嵌入模型建索引；即使你没打算用 OpenAI，VectorStoreIndex.from_documents() 之类的调用也会去创建 OpenAI 嵌入模型，于是要求 OPENAI_API_KEY。",
    "Unless configured otherwise, LlamaIndex uses an OpenAI model for generation and OpenAI embeddings for indexing; even if you never meant to use OpenAI, calls such as VectorStoreIndex.from_documents() create the OpenAI embedding model and therefore require OPENAI_API_KEY.",
  ),
  causes: [
    t("只设置了 LLM（如本地模型），没有设置 Settings.embed_model，建索引时落到了默认的 OpenAI 嵌入", "only the LLM was configured (e.g. a local model) and Settings.embed_model was not, so indexing fell back to the default OpenAI embeddings"),
    t("确实要用 OpenAI，但 OPENAI_API_KEY 没有在运行环境里设置", "OpenAI is intended but OPENAI_API_KEY is not set where the program runs"),
  ],
  solutions: [
    {
      title: t("用本地或其他模型时，同时设置 Settings.llm 和 Settings.embed_model", "With local or other models, set both Settings.llm and Settings.embed_model"),
      steps: [t("在建索引之前设置全局 Settings，例如用 Ollama 的 LLM 和嵌入（需要安装对应的 llama-index 集成包）。", "Set the global Settings before building the index, e.g. Ollama for both the LLM and embeddings (install the matching llama-index integration packages).")],
      code: () =>
        block("python", [
          "import os",
          "from llama_index.core import Settings",
          "from llama_index.embeddings.ollama import OllamaEmbedding",
          "from llama_index.llms.ollama import Ollama",
          "",
          'Settings.llm = Ollama(model=os.environ["LLM_MODEL"])',
          'Settings.embed_model = OllamaEmbedding(model_name=os.environ["EMBED_MODEL"])',
        ]),
    },
    {
      title: t("要用 OpenAI 时，设置 OPENAI_API_KEY", "If OpenAI is intended, set OPENAI_API_KEY"),
      steps: [t("在运行程序的环境里导出变量，或在创建 OpenAI / OpenAIEmbedding 时传 api_key。", "Export the variable where the program runs, or pass api_key when creating OpenAI / OpenAIEmbedding.")],
    },
  ],
  docs: ["https://github.com/run-llama/llama_index/blob/main/docs/docs/getting_started/installation.md", "https://developers.llamaindex.ai/typescript/framework/modules/models/embeddings"],
  samples: [{ text: "ValueError: \n******\nCould not load OpenAI embedding model. If you intended to use OpenAI, please check your OPENAI_API_KEY.\nOriginal error:\nNo API key found for OpenAI.\nPlease set either the OPENAI_API_KEY environment variable or openai.api_key prior to initialization.\nAPI keys can be found or created at https://platform.openai.com/account/api-keys", source: "https://github.com/run-llama/llama_index/blob/main/docs/docs/getting_started/installation.md" }],
});
