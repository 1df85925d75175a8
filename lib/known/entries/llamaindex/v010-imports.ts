import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "llamaindex.v010-imports",
  category: "code.name",
  match: [/cannot import name '(?<name>\w{1,80})' from 'llama_index'(?! ?\.)/, /No module named 'llama_index\.(?<mod>(?:llms|embeddings|vector_stores|readers)(?:\.\w{1,60})?)'/],
  title: (c) => (c.g.name ? t(`llama_index 0.10 起 ${ic(c.g.name)} 改到了 llama_index.core`, `Since llama_index 0.10, ${ic(c.g.name)} lives in llama_index.core`) : t("llama_index 0.10 的导入路径变了", "llama_index 0.10 changed the import paths")),
  summary: t(
    "LlamaIndex 0.10.0 重组了包结构：核心类（VectorStoreIndex、Settings、SimpleDirectoryReader 等）移到了 llama_index.core，各种集成（LLM、嵌入、向量库）拆成了单独安装的 llama-index-* 包。按旧教程写的 from llama_index import … 在新版本上会失败。",
    "LlamaIndex 0.10.0 reorganised its packages: core classes (VectorStoreIndex, Settings, SimpleDirectoryReader …) moved to llama_index.core, and integrations (LLMs, embeddings, vector stores) became separately installed llama-index-* packages. from llama_index import … written for older versions fails on new ones.",
  ),
  causes: [
    t("代码或教程是 0.10 之前写的，环境里装的是 0.10 及以后的版本", "the code or tutorial predates 0.10 while 0.10 or later is installed"),
    t("用到的集成（如 llama_index.llms.ollama）没有单独安装对应的 llama-index-llms-* 包", "the integration in use (e.g. llama_index.llms.ollama) was not installed as its own llama-index-llms-* package"),
  ],
  solutions: [
    {
      title: t("改成从 llama_index.core 导入，并单独安装用到的集成", "Import from llama_index.core and install the integrations you use"),
      steps: [t("例如 from llama_index.core import VectorStoreIndex；集成按 llama-index-llms-ollama、llama-index-embeddings-huggingface 这样的包名安装。官方提供了 llamaindex-cli upgrade 自动改写导入。", "For example from llama_index.core import VectorStoreIndex; install integrations as packages such as llama-index-llms-ollama or llama-index-embeddings-huggingface. The official llamaindex-cli upgrade rewrites imports automatically.")],
      code: () => block("bash", ["llamaindex-cli upgrade ."]),
    },
    {
      title: t("暂时过渡：改用 llama_index.legacy", "Stopgap: import from llama_index.legacy"),
      steps: [t("0.10 附带了 legacy 包，把 from llama_index import … 替换成 from llama_index.legacy import … 即可暂时运行。", "0.10 ships a legacy package; replacing from llama_index import … with from llama_index.legacy import … keeps old code running for now.")],
    },
  ],
  docs: ["https://github.com/run-llama/llama_index/blob/main/docs/docs/getting_started/v0_10_0_migration.md"],
  samples: [{ text: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    from llama_index import VectorStoreIndex, SimpleDirectoryReader\nImportError: cannot import name 'VectorStoreIndex' from 'llama_index' (unknown location)", source: "https://github.com/run-llama/llama_index/blob/main/docs/docs/getting_started/v0_10_0_migration.md" }],
});
