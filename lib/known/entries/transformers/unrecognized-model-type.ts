import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "transformers.unrecognized-model-type",
  category: "dependency.install",
  match: [/The checkpoint you are trying to load has model type `(?<type>[\w.-]{1,60})` but Transformers does not recognize this architecture/],
  title: (c) => t(`当前 transformers 不认识模型类型 ${c.g.type ?? ""}`, `This transformers does not know the model type ${c.g.type ?? ""}`),
  summary: (c) =>
    t(
      `config.json 里的 model_type 是 ${c.g.type ?? "一个新类型"}，而已安装的 transformers 的配置映射表里没有它。最常见的是 transformers 版本早于该架构加入的版本；也可能这是一个 transformers 从未收录的自定义架构，需要仓库自带的代码（trust_remote_code）或项目自己的包。`,
      `config.json declares model_type ${c.g.type ?? "(a new type)"}, which the installed transformers' config mapping does not contain. Most often transformers predates the release that added this architecture; it may also be a custom architecture transformers never included, which needs the repo's own code (trust_remote_code) or the project's own package.`,
    ),
  causes: [
    t("transformers 版本太旧（新模型发布后需要新版本才支持）", "transformers is too old (new models need a newer release)"),
    t("模型非常新，正式版还没有收录，只在 transformers 的主分支里", "the model is so new that only transformers' main branch supports it"),
    t("这是自定义架构（如某个研究项目的模型），transformers 本身不包含，需要 trust_remote_code=True 或安装该项目的代码", "it is a custom architecture (a research project's model) that transformers does not ship; it needs trust_remote_code=True or the project's code"),
  ],
  solutions: [
    {
      title: t("升级 transformers", "Upgrade transformers"),
      steps: [t("消息本身给出的第一步；升级后确认版本。若项目固定了旧版本，检查它是否兼容新版本。", "The message's own first step; check the version afterwards. If the project pins an old version, check whether it works with the new one.")],
      code: () => block("bash", ["python -m pip install --upgrade transformers", 'python -c "import transformers; print(transformers.__version__)"']),
    },
    {
      title: t("正式版还不支持：从源码安装", "Not in a release yet: install from source"),
      steps: [t("按消息的建议安装 GitHub 主分支版本。", "As the message suggests, install the GitHub main branch.")],
      code: () => block("bash", ["python -m pip install git+https://github.com/huggingface/transformers.git"]),
    },
    {
      title: t("自定义架构：使用项目提供的代码", "Custom architecture: use the project's code"),
      steps: [t("如果模型仓库里有 auto_map 和 .py 文件，用 trust_remote_code=True 加载；否则按该项目的说明安装它自己的包并固定它要求的 transformers 版本。", "If the model repo has an auto_map and .py files, load it with trust_remote_code=True; otherwise install the project's own package as its README says and pin the transformers version it requires.")],
    },
  ],
  docs: ["https://github.com/AnswerDotAI/ModernBERT/issues/145", "https://github.com/vllm-project/vllm/issues/15685", "https://github.com/declare-lab/Emma-X/issues/1"],
  samples: [
    {
      text: "  File \"D:\\ComfyUI\\ComfyUI_windows_portable\\python_embeded\\Lib\\site-packages\\transformers\\models\\auto\\configuration_auto.py\", line 947, in from_pretrained\n    raise ValueError(\nValueError: The checkpoint you are trying to load has model type `gemma2` but Transformers does not recognize this architecture. This could be because of an issue with the checkpoint, or because your version of Transformers is out of date.",
      source: "https://github.com/city96/ComfyUI_ExtraModels/issues/114",
    },
  ],
});
