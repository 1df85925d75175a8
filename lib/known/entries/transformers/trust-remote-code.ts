import { block, defineKnownError, q, t } from "../../define";

/** A Hub id as printed; only a plausible repo id is put into code. */
const repoId = (s: string | undefined) => (s && /^[\w.-]{1,96}\/[\w.-]{1,96}$/.test(s) ? s : null);

export default defineKnownError({
  id: "transformers.trust-remote-code",
  category: "code.value",
  match: [
    /Loading (?<model>[^\s]{1,200}) requires you to execute the configuration file in that repo on your local machine/,
    /requires you to execute the (?:configuration|modeling|tokenizer)[\w ]{0,20} file in that repo/,
    "contains custom code which must be executed to correctly load the model",
  ],
  title: (c) => t(`${c.g.model ?? "该模型"} 需要 trust_remote_code=True 才能加载`, `${c.g.model ?? "This model"} needs trust_remote_code=True to load`),
  summary: t(
    "这个模型仓库自带 Python 建模代码（config.json 里的 auto_map 指向仓库中的 .py 文件），transformers 里没有对应的实现。运行 Hub 上的代码有安全风险，所以 transformers 只在你显式传入 trust_remote_code=True 时才会下载并执行它。",
    "The model repo ships its own Python modelling code (config.json's auto_map points at .py files in the repo) that transformers itself does not contain. Running code from the Hub is a security risk, so transformers only downloads and executes it when you pass trust_remote_code=True explicitly.",
  ),
  causes: [
    t("模型是自定义架构（很多新发布或社区模型如此），from_pretrained / pipeline 调用时没有传 trust_remote_code=True", "the model uses a custom architecture (common for new or community models) and from_pretrained / pipeline was called without trust_remote_code=True"),
    t("使用的工具（WebUI、训练框架）没有打开“信任远程代码”选项", "the tool you use (a web UI, a training framework) has its trust-remote-code option switched off"),
    t("模型架构已并入较新的 transformers，但你的版本太旧，只能走远程代码", "the architecture was merged into a newer transformers, but your version is too old and falls back to remote code"),
  ],
  solutions: [
    {
      title: t("先看过仓库里的 .py 文件，再传 trust_remote_code=True", "Review the repo's .py files, then pass trust_remote_code=True"),
      steps: [t("在模型页的 Files 里查看 config.json 的 auto_map 指向的文件；确认可信后，在加载模型和分词器时都加上该参数。", "In the model page's Files, read the files config.json's auto_map points to; once you trust them, pass the flag when loading both the model and the tokenizer.")],
      code: (c) => {
        const id = repoId(c.g.model);
        return block("python", [
          "import os",
          "from transformers import AutoModel, AutoTokenizer",
          "",
          id ? `MODEL = ${q(id)}` : 'MODEL = os.environ["HF_MODEL_ID"]  # the repo id from the error',
          "tokenizer = AutoTokenizer.from_pretrained(MODEL, trust_remote_code=True)",
          "model = AutoModel.from_pretrained(MODEL, trust_remote_code=True)",
          "print(type(model).__name__)",
        ]);
      },
    },
    {
      title: t("在工具里打开 trust-remote-code 选项", "Turn on the trust-remote-code option in your tool"),
      steps: [t("WebUI 和训练框架通常有 --trust-remote-code 命令行参数或对应的勾选项。", "Web UIs and training frameworks usually offer a --trust-remote-code flag or a matching checkbox.")],
    },
    {
      title: t("或者升级 transformers", "Or upgrade transformers"),
      steps: [t("如果该架构已经被 transformers 原生支持，升级后就不必执行远程代码。", "If transformers now supports the architecture natively, upgrading removes the need to run remote code.")],
      code: () => block("bash", ["python -m pip install --upgrade transformers"]),
    },
  ],
  docs: ["https://github.com/huggingface/transformers/pull/13467", "https://huggingface.co/docs/diffusers/v0.39.0/using-diffusers/automodel"],
  samples: [
    {
      text: "The repository /path/to/model contains custom code which must be executed to correctly load the model. You can inspect the repository content at /path/to/model. Do you wish to run the custom code? [y/N] N",
      source: "https://github.com/ggml-org/llama.cpp/pull/16751",
    },
  ],
});
