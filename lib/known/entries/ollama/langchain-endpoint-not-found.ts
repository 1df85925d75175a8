import { block, defineKnownError, ic, shq, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "ollama.langchain-endpoint-not-found",
  category: "model.not_found",
  priority: 1,
  match: [/OllamaEndpointNotFoundError:?[^\n]{0,40}?(?:Ollama call failed with status code 404\.)? ?Maybe your model is not found and you should pull the model with `?ollama pull (?<model>[^\s`'"]{1,120})`?/, /Ollama call failed with status code 404\. Maybe your model is not found and you should pull the model with `?ollama pull (?<model>[^\s`'"]{1,120})`?/, "OllamaEndpointNotFoundError"],
  title: (c) => (c.g.model ? t(`Ollama 返回 404：通常是服务器上没有模型 ${ic(c.g.model)}`, `Ollama answered 404: usually the server has no model ${ic(c.g.model)}`) : t("Ollama 返回 404：通常是服务器上没有这个模型", "Ollama answered 404: usually the server does not have the model")),
  summary: (c) =>
    t(
      `LangChain 的 Ollama 封装在 Ollama 返回任何 404 时都抛出 OllamaEndpointNotFoundError。最常见的原因是收到请求的那台 Ollama 服务器上没有拉取${c.g.model ? ` ${ic(c.g.model)}` : "这个模型"}（名字和标签要完全一致）；另一种是 base_url 多写了路径（例如 http://localhost:11434/v1），请求落到了不存在的接口上。`,
      `LangChain's Ollama wrapper raises OllamaEndpointNotFoundError for any 404 from Ollama. Most often the Ollama server that got the request has not pulled ${c.g.model ? ic(c.g.model) : "the model"} (name and tag must match exactly); otherwise base_url carries an extra path (http://localhost:11434/v1, say) and the request hits an endpoint that does not exist.`,
    ),
  causes: [
    t("模型没有在这台 Ollama 服务器上拉取过，或名字/标签不一致（llama3 与 llama3:8b 是不同的名字）", "the model was never pulled on this Ollama server, or the name/tag differs (llama3 and llama3:8b are different names)"),
    t("代码连的是另一台 Ollama（容器里、远程主机），模型拉在了本机", "the code talks to another Ollama (in a container, on a remote host) than the one the model was pulled on"),
    t("base_url 写成了 OpenAI 兼容地址 …/v1，而 LangChain 的 Ollama 类要的是服务器根地址", "base_url is the OpenAI-compatible …/v1 address, while LangChain's Ollama class wants the server root"),
  ],
  solutions: [
    {
      title: (c) => (c.g.model ? t(`在代码连接的那台服务器上拉取 ${ic(c.g.model)}`, `Pull ${ic(c.g.model)} on the server the code connects to`) : t("在代码连接的那台服务器上拉取模型", "Pull the model on the server the code connects to")),
      steps: [t("在运行 Ollama 服务的机器或容器里执行 ollama pull，再用 ollama list 核对名字和标签；base_url 用服务器根地址（http://localhost:11434），不要加 /v1。", "Run ollama pull where the Ollama server runs (machine or container), check the exact name and tag with ollama list, and give base_url as the server root (http://localhost:11434), without /v1.")],
      code: (c) => block("bash", [c.g.model ? `ollama pull ${shq(c.g.model)}` : null, "ollama list", 'curl -sS "${OLLAMA_HOST:-http://127.0.0.1:11434}/api/tags"']),
    },
    ...categorySolutions("model.not_found"),
  ],
  docs: ["https://github.com/langchain-ai/langchain/blob/master/libs/community/langchain_community/llms/ollama.py", "https://github.com/ollama/ollama/blob/main/docs/faq.mdx", "https://github.com/ollama/ollama/blob/main/docs/api.md"],
  samples: [
    { text: "langchain_community.llms.ollama.OllamaEndpointNotFoundError: Ollama call failed with status code 404. Maybe your model is not found and you should pull the model with `ollama pull llama3:8b`.", source: "https://github.com/langchain-ai/langchain/blob/master/libs/community/langchain_community/llms/ollama.py" },
  ],
});
