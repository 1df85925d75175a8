import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "ollama.pull-manifest-not-found",
  category: "model.not_found",
  match: [/pull model manifest: file does not exist/],
  title: t("Ollama 模型库里没有这个名字或标签", "The Ollama registry has no such model name or tag"),
  summary: t(
    "ollama pull 去模型库找这个名字和标签的清单（manifest），但不存在。名字拼错、标签不存在，或者把 Hugging Face 仓库名直接当成了 Ollama 模型名，都会这样。",
    "ollama pull looked up the manifest for this name and tag in the registry and found none. A misspelled name, a tag that does not exist, or a Hugging Face repository name used as an Ollama model name all end here.",
  ),
  causes: [
    t("模型名或标签拼错，或者这个标签在 Ollama 模型库里不存在", "the model name or tag is misspelled, or that tag does not exist in the Ollama library"),
    t("把 Hugging Face 仓库名当成了 Ollama 名字：只有 GGUF 仓库能用 hf.co/<用户>/<仓库> 的形式拉取", "a Hugging Face repository name was used as an Ollama name: only GGUF repositories can be pulled, as hf.co/<user>/<repo>"),
  ],
  solutions: [
    {
      title: t("在 ollama.com 模型库里核对名字和标签", "Check the name and tag in the library on ollama.com"),
      steps: [t("打开模型页面的 Tags，复制完整的「名字:标签」再 pull。", "Open the model's Tags page and pull the exact name:tag shown there.")],
    },
    {
      title: t("Hugging Face 上的 GGUF 模型用 hf.co/ 前缀拉取", "Pull GGUF models from Hugging Face with the hf.co/ prefix"),
      steps: [t("只有 GGUF 格式的仓库可以这样拉取，例如 ollama pull hf.co/<用户>/<仓库>；safetensors 或 bitsandbytes 仓库不行。", "Only GGUF repositories work this way, e.g. ollama pull hf.co/<user>/<repo>; safetensors or bitsandbytes repositories do not.")],
    },
  ],
  docs: ["https://github.com/ollama/ollama/blob/main/cmd/cloud_suggest.go", "https://github.com/ollama/ollama/blob/main/server/images.go"],
  samples: [{ text: "pulling manifest\nError: pull model manifest: file does not exist", source: "https://github.com/ollama/ollama/blob/main/cmd/cloud_suggest.go" }],
});
