import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "transformers.cannot-import-name",
  category: "code.name",
  match: [/cannot import name '(?<name>\w{1,80})' from 'transformers'(?: \((?<where>unknown location|[^)\n]{1,250})\))?/],
  title: (c) => t(`当前安装的 transformers 里没有 ${c.g.name}`, `The installed transformers has no ${c.g.name}`),
  summary: (c) =>
    c.g.where === "unknown location"
      ? t(
          `Python 找到的 transformers 不是一个正常安装的包（unknown location）：常见于当前目录下有同名的 transformers 文件夹，或安装不完整。`,
          `The transformers Python found is not a normally installed package (unknown location): usually a folder named transformers in the working directory shadows it, or the install is incomplete.`,
        )
      : t(
          `${c.g.name} 不在已安装的 transformers 版本里：要么这个模型 / 类是在更新的版本里才加入的（新模型几乎总是如此），要么它在新的大版本里被移除或改名了，而出错的代码是按另一个版本写的。`,
          `${c.g.name} is not in the installed transformers version: either the model / class was added in a later release (almost always the case for new models), or a newer major release removed or renamed it and the failing code targets another version.`,
        ),
  causes: [
    t("transformers 太旧，还没有这个模型 / 类", "transformers is too old to have this model / class"),
    t("transformers 太新，该名字已被移除或改名，而项目是按旧版写的", "transformers is too new: the name was removed or renamed, and the project targets an older release"),
    t("当前目录有名为 transformers 的文件夹或文件，遮住了真正的包", "a folder or file named transformers in the working directory shadows the real package"),
  ],
  solutions: [
    {
      title: t("查看已安装的版本，与项目要求的版本对照", "Check the installed version against what the project requires"),
      steps: [
        t(
          "新模型：升级到模型卡或项目 requirements 要求的版本（维护者对这类问题的标准回答）。旧项目在新版上失败：按项目的 requirements 固定 transformers 版本，或升级那个项目。",
          "New model: upgrade to the version the model card or the project's requirements name (the maintainers' standard answer). Old project failing on a new release: pin transformers to the project's requirements, or upgrade the project.",
        ),
      ],
      code: () => block("bash", ['python -c "import transformers; print(transformers.__version__, transformers.__file__)"', "python -m pip install --upgrade transformers"]),
    },
  ],
  docs: ["https://github.com/huggingface/transformers/issues/15396", "https://github.com/huggingface/transformers/issues/18914", "https://github.com/kanishkamisra/minicons/issues/94"],
  samples: [
    {
      text: "ImportError: cannot import name 'Qwen3VLForConditionalGeneration' from 'transformers' (/home/newai/test/lib/python3.10/site-packages/transformers/__init__.py)",
      source: "https://github.com/Granddyser/qwen3-vl-comfy-ui/issues/2",
    },
  ],
});
