import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "ollama.capability-unsupported",
  category: "request.invalid",
  match: [/\\?["']?(?<model>[\w./:-]{1,120})\\?["']? does not support (?<cap>tools|chat|generate|thinking|insert|vision|embedding)\b/],
  title: (c) => t(`模型 ${ic(c.g.model ?? "?")} 不支持 ${c.g.cap ?? "该功能"}`, `Model ${ic(c.g.model ?? "?")} does not support ${c.g.cap ?? "this feature"}`),
  summary: (c) =>
    t(
      `Ollama 在运行前检查模型声明的能力（completion、tools、thinking、vision、embedding 等）；这个模型没有 ${ic(c.g.cap ?? "?")} 能力，请求被 400 拒绝。能力来自模型本身（模板和架构），不是 Ollama 的开关。`,
      `Before running, Ollama checks the capabilities the model declares (completion, tools, thinking, vision, embedding …); this model lacks ${ic(c.g.cap ?? "?")}, so the request is refused with 400. Capabilities come from the model itself (its template and architecture), not from an Ollama setting.`,
    ),
  causes: [
    (c) => (c.g.cap === "chat" || c.g.cap === "generate" ? t("把嵌入模型（如 nomic-embed-text）用在了聊天/生成接口上", "an embedding model (e.g. nomic-embed-text) was used on the chat/generate endpoint") : null),
    (c) => (c.g.cap === "tools" ? t("请求带了 tools，但这个模型的模板不支持工具调用", "the request carries tools but the model's template has no tool calling") : null),
    (c) => (c.g.cap === "thinking" ? t("请求打开了 think，但模型不是推理模型（或本地是旧版本，需要重新 pull）", "the request enables think but the model is not a reasoning model (or the local copy is old and needs a fresh pull)") : null),
    t("选错了模型：同一家族里不同版本的能力不同", "the wrong model was chosen: versions within a family differ in capabilities"),
  ],
  solutions: [
    {
      title: t("换一个具备该能力的模型", "Use a model that has the capability"),
      steps: [t("ollama show <模型> 会列出模型的 Capabilities；工具调用要选支持 tools 的模型，聊天要用对话模型而不是嵌入模型。", "ollama show <model> lists its Capabilities; for tool calling pick a model with tools, for chat use a chat model rather than an embedding model.")],
    },
    {
      title: t("或者去掉请求里不支持的参数", "Or drop the unsupported parameter from the request"),
      steps: [t("例如不传 tools / think，或把嵌入模型改用 /api/embed 接口。", "For example send no tools / think, or call the embedding model through /api/embed.")],
    },
  ],
  docs: ["https://github.com/ollama/ollama/blob/main/server/images.go", "https://github.com/ollama/ollama/blob/main/server/routes.go", "https://github.com/ollama/ollama/blob/main/docs/capabilities/tool-calling.mdx"],
  samples: [
    { text: 'ollama._types.ResponseError: registry.ollama.ai/library/gemma2:2b does not support tools (status code: 400)', source: "https://github.com/ollama/ollama/blob/main/server/images.go" },
    { text: '400 {"error":"\\"nomic-embed-text\\" does not support chat"}', source: "https://github.com/ollama/ollama/blob/main/server/routes.go" },
  ],
});
