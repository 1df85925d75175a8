import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "ollama.model-not-found",
  category: "model.not_found",
  match: [/model \\?['"](?<model>[^'"\s\\]{1,120})\\?['"] not found, try pulling it first/, /model \\?['"]?(?<model>[^'"\s\\]{0,120})\\?['"]? not found, try pulling it first/],
  title: (c) => (c.g.model ? t(`Ollama 服务器上没有模型 ${ic(c.g.model)}`, `The Ollama server has no model ${ic(c.g.model)}`) : t("Ollama 服务器上没有这个模型", "The Ollama server does not have this model")),
  summary: (c) =>
    t(
      `Ollama 只能运行已经拉取到它自己模型目录里的模型；收到请求的这台 Ollama 服务器上没有 ${c.g.model ? ic(c.g.model) : "这个模型"}（名字和标签都要完全一致），于是返回 404。`,
      `Ollama can only run models already pulled into its own model store; the Ollama server that received the request has no ${c.g.model ? ic(c.g.model) : "such model"} (name and tag must match exactly), so it answers 404.`,
    ),
  causes: [
    t("模型从没在这台服务器上拉取过（在另一台机器、另一个 Docker 容器或另一个用户下拉取的不算）", "the model was never pulled on this server (a pull on another machine, in another Docker container or under another user does not count)"),
    t("名字或标签不一致：不写标签时默认是 :latest，llama3 和 llama3:8b、llama3.1 是不同的模型；名字前面也不能带 ollama/ 之类的前缀", "the name or tag differs: no tag means :latest, and llama3, llama3:8b and llama3.1 are different models; the name must not carry a prefix such as ollama/"),
    t("以服务方式运行的 Ollama 用的是另一个模型目录（Linux 安装版默认在 /usr/share/ollama/.ollama/models，可被 OLLAMA_MODELS 改变）", "Ollama running as a service uses another model directory (on Linux the installer's default is /usr/share/ollama/.ollama/models, and OLLAMA_MODELS can change it)"),
  ],
  solutions: [
    {
      title: (c) => (c.g.model ? t(`在这台服务器上拉取 ${ic(c.g.model)}`, `Pull ${ic(c.g.model)} on this server`) : t("在这台服务器上拉取模型", "Pull the model on this server")),
      steps: [t("在运行 Ollama 服务的那台机器（或容器）里执行 ollama pull，然后用 ollama list 确认名字和标签。", "Run ollama pull on the machine (or in the container) where the Ollama server runs, then check the exact name and tag with ollama list.")],
      code: (c) => (c.g.model ? block("bash", [`ollama pull ${shq(c.g.model)}`, "ollama list"]) : block("bash", ["ollama list"])),
    },
    {
      title: t("或者把代码里的模型名改成 ollama list 里的写法", "Or change the model name in the code to what ollama list shows"),
      steps: [t("/api/tags 返回的就是服务器上已有的模型，名字包括标签。", "/api/tags returns the models the server has, names including tags.")],
      code: () => block("bash", ['curl -sS "${OLLAMA_HOST:-http://127.0.0.1:11434}/api/tags"']),
    },
  ],
  docs: ["https://github.com/ollama/ollama/blob/main/server/routes.go", "https://github.com/ollama/ollama/blob/main/docs/faq.mdx", "https://github.com/ollama/ollama/blob/main/docs/api.md"],
  samples: [
    { text: '{"error":"model \\"qwen2.5:7b\\" not found, try pulling it first"}', source: "https://github.com/ollama/ollama/blob/main/server/routes.go" },
    { text: "Error code: 404 - {'error': {'message': 'model \"llama3.1:8b\" not found, try pulling it first', 'type': 'api_error', 'param': None, 'code': None}}", source: "https://github.com/ollama/ollama/blob/main/server/routes.go" },
  ],
});
