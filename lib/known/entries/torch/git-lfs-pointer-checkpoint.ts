import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.git-lfs-pointer-checkpoint",
  category: "data.parse",
  match: [
    /UnpicklingError: invalid load key, '(?<key>v)'/,
    /Error while deserializing header: (?<st>HeaderTooLarge)/,
  ],
  title: (c) =>
    c.g.st
      ? t("safetensors 文件头无法解析：文件多半只是 Git LFS 指针或没下载完整", "The safetensors header cannot be parsed: the file is most likely a Git LFS pointer or an incomplete download")
      : t("权重文件其实是 Git LFS 指针文本，不是真正的 checkpoint", "The weights file is a Git LFS pointer text, not the real checkpoint"),
  summary: (c) =>
    c.g.st
      ? t(
          "safetensors 文件开头 8 个字节记录文件头长度。文件如果只是一个几百字节的 Git LFS 指针（文本 \"version https://git-lfs...\"）或者下载中断，读出来的长度就是个离谱的大数，于是报 HeaderTooLarge。",
          "A safetensors file starts with 8 bytes giving the header length. If the file is just a few-hundred-byte Git LFS pointer (text starting \"version https://git-lfs...\") or a truncated download, that length reads as an absurdly large number, hence HeaderTooLarge.",
        )
      : t(
          "torch.load 读到的第一个字节是 'v'：文件内容是 Git LFS 指针文本（以 \"version https://git-lfs.github.com/spec/v1\" 开头），而不是模型权重。仓库是在没有安装 git-lfs 的情况下克隆的，大文件只下载了指针。",
          "The first byte torch.load read is 'v': the file holds a Git LFS pointer text (starting \"version https://git-lfs.github.com/spec/v1\"), not model weights. The repository was cloned without git-lfs, so the large files arrived as pointers only.",
        ),
  causes: [
    t("克隆仓库（GitHub 或 Hugging Face）时没有安装 / 启用 git-lfs", "the repository (GitHub or Hugging Face) was cloned without git-lfs installed / enabled"),
    t("下载中断或被代理截断，文件不完整", "the download was interrupted or truncated by a proxy, leaving an incomplete file"),
  ],
  solutions: [
    {
      title: t("确认文件大小，再用 git-lfs 拉取真正的文件", "Check the file size, then fetch the real files with git-lfs"),
      steps: [
        t(
          "指针文件只有一百多字节，用文本方式打开能看到 version https://git-lfs... 这一行。安装 git-lfs 后在仓库目录执行 git lfs pull（这是多个项目维护者给出的修复），之后文件大小应为几十 MB 到几 GB。",
          "A pointer file is only ~130 bytes and opening it as text shows the version https://git-lfs... line. After installing git-lfs, run git lfs pull inside the repository (the fix several project maintainers give); the files should then be tens of MB to several GB.",
        ),
      ],
      code: () => block("bash", ["git lfs install", "git lfs pull", "ls -lh"]),
    },
    {
      title: t("Hugging Face 上的模型：用 hf 下载工具代替 git clone", "For Hugging Face models: download with the hub tools instead of git clone"),
      steps: [t("huggingface-cli download（或 snapshot_download）直接下载真实文件，并在中断后续传。", "huggingface-cli download (or snapshot_download) fetches the real files directly and resumes after interruptions.")],
    },
  ],
  docs: ["https://github.com/hhj1897/face_parsing/issues/3", "https://github.com/svip-lab/PPGNet/issues/2", "https://github.com/codefuse-ai/MFTCoder/issues/20"],
  samples: [
    {
      text: '  File "/home/pharmapp/anaconda3/envs/env0/lib/python3.10/site-packages/torch/serialization.py", line 920, in _legacy_load\n    magic_number = pickle_module.load(f, **pickle_load_args)\n_pickle.UnpicklingError: invalid load key, \'v\'.',
      source: "https://github.com/Rose-STL-Lab/LIMO/issues/3",
    },
    {
      text: '  File "/home/mlp/anaconda3/envs/echomimic2/lib/python3.10/site-packages/safetensors/torch.py", line 313, in load_file\n    with safe_open(filename, framework="pt", device=device) as f:\nsafetensors_rust.SafetensorError: Error while deserializing header: HeaderTooLarge',
      source: "https://github.com/antgroup/echomimic_v2/issues/100",
    },
  ],
});
