import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "transformers.sentencepiece-missing",
  category: "dependency.missing",
  match: [
    /(?<cls>\w{1,60}Tokenizer(?:Fast)?) requires the SentencePiece library but it was not found in your environment/,
    "You need to have sentencepiece installed to convert a slow tokenizer to a fast one",
  ],
  title: (c) => t(`${c.g.cls ?? "分词器"} 需要 sentencepiece 包`, `${c.g.cls ?? "The tokenizer"} needs the sentencepiece package`),
  summary: (c) =>
    t(
      `${c.g.cls ?? "这个分词器"} 基于 SentencePiece 模型文件（tokenizer.model / spiece.model），transformers 把 sentencepiece 作为可选依赖，默认不会安装；当前环境里没有它。`,
      `${c.g.cls ?? "This tokenizer"} is built on a SentencePiece model file (tokenizer.model / spiece.model); transformers treats sentencepiece as an optional dependency that is not installed by default, and this environment lacks it.`,
    ),
  causes: [
    t("项目的 requirements 没有列出 sentencepiece", "the project's requirements do not list sentencepiece"),
    t("装到了别的 Python 环境里，或安装后没有重启 Jupyter 内核 / 运行时", "it was installed into another Python environment, or the Jupyter kernel / runtime was not restarted afterwards"),
  ],
  solutions: [
    {
      title: t("在同一个环境里安装 sentencepiece", "Install sentencepiece into the same environment"),
      steps: [t("用运行代码的那个解释器安装；在 Notebook 里安装后要重启内核。", "Install it with the interpreter that runs the code; in a notebook, restart the kernel afterwards.")],
      code: () => block("bash", ["python -m pip install sentencepiece", 'python -c "import sentencepiece; print(sentencepiece.__version__)"']),
    },
  ],
  docs: ["https://github.com/neuralmagic/sparseml/pull/2124", "https://github.com/khanrc/honeybee/pull/12"],
  samples: [
    {
      text: "ImportError: \nLlamaTokenizer requires the SentencePiece library but it was not found in your environment. Checkout the instructions on the\ninstallation page of its repo: https://github.com/google/sentencepiece#installation and follow the ones\nthat match your environment. Please note that you may need to restart your runtime after installation.",
      source: "https://github.com/BillChan226/HALC/issues/13",
    },
  ],
});
