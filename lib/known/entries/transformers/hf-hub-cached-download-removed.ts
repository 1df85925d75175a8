import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "transformers.hf-hub-cached-download-removed",
  category: "code.name",
  match: [/cannot import name '(?<name>cached_download|url_to_filename|filename_to_url)' from 'huggingface_hub'/],
  title: (c) =>
    t(`huggingface_hub 0.26 起删除了 ${c.g.name}，旧代码仍在导入它`, `huggingface_hub 0.26 removed ${c.g.name}, and older code still imports it`),
  summary: (c) =>
    t(
      `${c.g.name} 在 huggingface_hub 里弃用多时，0.26.0 版彻底删除，由 hf_hub_download 取代。环境里装的是 0.26 或更新版本，而某段代码——往往是旧版 diffusers 或一个多年未更新的项目——还在 from huggingface_hub import ${c.g.name}。`,
      `${c.g.name} was deprecated in huggingface_hub for a long time and removed outright in 0.26.0, replaced by hf_hub_download. The environment has 0.26 or newer while some code — often an old diffusers release or a project not updated in years — still does from huggingface_hub import ${c.g.name}.`,
    ),
  causes: [
    t("项目固定了旧版 diffusers（或其他 Hugging Face 库），却没有固定 huggingface_hub", "the project pins an old diffusers (or another Hugging Face library) but not huggingface_hub"),
    t("项目自己的代码直接调用了这个已删除的函数", "the project's own code calls the removed function directly"),
  ],
  solutions: [
    {
      title: t("升级发出这个导入的库", "Upgrade the library that makes this import"),
      steps: [
        t(
          "看回溯里 import 这一行属于哪个包（路径在 site-packages 下）。Hugging Face 自家的库（diffusers、transformers 等）在这次删除前就已改用 hf_hub_download，升级它们即可。",
          "Find which package the failing import line belongs to (its path is under site-packages). Hugging Face's own libraries (diffusers, transformers, …) switched to hf_hub_download before the removal, so upgrading them fixes it.",
        ),
      ],
      code: (c) => (c.f.has(/[\\/]diffusers[\\/]/) ? block("bash", ["python -m pip install --upgrade diffusers"]) : null),
    },
    {
      title: t("代码是你自己的：改用 hf_hub_download", "If it is your own code: switch to hf_hub_download"),
      steps: [t("hf_hub_download 用仓库 ID 和文件名下载并缓存文件，返回本地路径。", "hf_hub_download takes a repo ID and filename, downloads and caches the file, and returns its local path.")],
      code: () =>
        block("python", [
          "from huggingface_hub import hf_hub_download",
          "",
          'path = hf_hub_download(repo_id="openai-community/gpt2", filename="config.json")',
          "print(path)",
        ]),
    },
    {
      title: t("暂时无法改代码：固定 huggingface_hub<0.26", "If you cannot change the code yet: pin huggingface_hub<0.26"),
      steps: [t("这只是权宜之计；较新的 transformers / diffusers 可能要求更高版本的 huggingface_hub，届时 pip 会报依赖冲突。", "This is a stopgap; newer transformers / diffusers may require a newer huggingface_hub, and pip will then report a conflict.")],
      code: () => block("bash", ['python -m pip install "huggingface_hub<0.26"']),
    },
  ],
  docs: ["https://github.com/huggingface/huggingface_hub/pull/2317", "https://github.com/huggingface/huggingface_hub/releases/tag/v0.26.0"],
  samples: [
    {
      text: "ImportError: cannot import name 'cached_download' from 'huggingface_hub' (/usr/local/lib/python3.11/dist-packages/huggingface_hub/__init__.py)",
      source: "https://github.com/Tencent-Hunyuan/Hunyuan3D-1/issues/59",
    },
  ],
});
