import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "ollama.model-incompatible",
  category: "unknown",
  match: [/this model may be incompatible with your version of Ollama\.[^\n]{0,120}?`ollama pull (?<model>[^`\s]{1,120})`/, /this model may be incompatible with your version of Ollama/],
  title: (c) => (c.g.model ? t(`模型 ${ic(c.g.model)} 与当前 Ollama 版本不兼容`, `Model ${ic(c.g.model)} is incompatible with this Ollama version`) : t("模型与当前 Ollama 版本不兼容", "The model is incompatible with this Ollama version")),
  summary: t(
    "Ollama 的推理引擎加载模型文件失败（格式不支持或 failed to load model）。老的模型文件可能不被新版引擎支持，新的模型架构也可能需要更新的 Ollama。",
    "Ollama's inference engine could not load the model file (unsupported format or failed to load model). Older model files may not work with a newer engine, and newer architectures may need a newer Ollama.",
  ),
  causes: [
    t("本地的模型文件是很久以前拉取的，格式已经过时", "the local model file was pulled long ago and its format is outdated"),
    t("模型是新架构，当前安装的 Ollama 版本太旧", "the model uses a new architecture that the installed Ollama is too old for"),
  ],
  solutions: [
    {
      title: t("重新拉取模型，拿到最新的文件", "Pull the model again to get its current files"),
      steps: [t("错误里已经给出命令；重新 pull 会更新本地的模型文件。", "The message already names the command; pulling again updates the local model files.")],
      code: (c) => (c.g.model ? block("bash", [`ollama pull ${shq(c.g.model)}`]) : null),
    },
    {
      title: t("升级 Ollama", "Upgrade Ollama"),
      steps: [t("新发布的模型常常需要新版 Ollama；用 ollama -v 查看版本，按官方方式升级后再试。", "Newly released models often need a newer Ollama; check the version with ollama -v and upgrade the official way.")],
      code: () => block("bash", ["ollama -v"]),
    },
  ],
  docs: ["https://github.com/ollama/ollama/blob/main/server/sched.go", "https://github.com/ollama/ollama/blob/main/docs/faq.mdx"],
  samples: [
    { text: "Error: 500 Internal Server Error: unable to load model: /root/.ollama/models/blobs/sha256-8eeb52: this model may be incompatible with your version of Ollama. If you previously pulled this model, try updating it by running `ollama pull gemma3:4b`", source: "https://github.com/ollama/ollama/blob/main/server/sched.go" },
  ],
});
