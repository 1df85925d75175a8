import { block, defineKnownError, t } from "../../define";

/** The Anaconda channels the paste lists (bounded), in order, without repeats. */
function channels(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(/https:\/\/repo\.anaconda\.com\/pkgs\/[a-z0-9_-]{1,20}/g)) {
    seen.add(m[0]);
    if (seen.size >= 6) break;
  }
  return [...seen];
}

export default defineKnownError({
  id: "conda.tos-not-accepted",
  category: "unknown",
  match: ["CondaToSNonInteractiveError: Terms of Service have not been accepted", /Terms of Service have not been accepted for the following channels/],
  title: t("还没有接受 Anaconda 默认频道的服务条款，conda 拒绝继续", "The Anaconda default channels' Terms of Service have not been accepted, so conda will not proceed"),
  summary: t(
    "自 2025 年中起，conda 在使用 Anaconda 的默认频道（repo.anaconda.com/pkgs/main、/r，Windows 上还有 /msys2）前要求先接受其服务条款。非交互运行时（脚本、安装器、CI、Dockerfile）没有地方让你点“同意”，于是直接报这个错。环境和包本身都没有问题。",
    "Since mid-2025, conda requires accepting Anaconda's Terms of Service before using its default channels (repo.anaconda.com/pkgs/main, /r, plus /msys2 on Windows). In a non-interactive run (a script, installer, CI job or Dockerfile) there is nowhere to agree, so it stops with this error. Nothing is wrong with the environment or packages themselves.",
  ),
  causes: [
    t("新装的 Miniconda / Anaconda 默认启用了这些频道，条款尚未接受", "a fresh Miniconda / Anaconda install enables these channels by default and the terms have not been accepted"),
    t("CI、Docker 构建或安装脚本以非交互方式运行 conda", "CI, a Docker build or an install script runs conda non-interactively"),
  ],
  solutions: [
    {
      title: t("逐个接受报错中列出的频道条款", "Accept the terms for each channel the error lists"),
      steps: [
        t(
          "这是报错本身给出的命令。放进 Dockerfile / CI 时，写在第一条 conda create / install 之前。",
          "This is the command the error itself gives. In a Dockerfile or CI job, put it before the first conda create / install.",
        ),
      ],
      code: (c) => {
        const list = channels(c.f.text);
        const urls = list.length > 0 ? list : ["https://repo.anaconda.com/pkgs/main", "https://repo.anaconda.com/pkgs/r"];
        return block("bash", urls.map((u) => `conda tos accept --override-channels --channel ${u}`));
      },
    },
    {
      title: t("CI 中自动接受：设置 CONDA_PLUGINS_AUTO_ACCEPT_TOS", "Accept automatically in CI: set CONDA_PLUGINS_AUTO_ACCEPT_TOS"),
      steps: [t("这是 Anaconda 团队在维护者讨论里给出的做法。", "This is what the Anaconda team suggested in maintainers' threads.")],
      code: () => block("bash", ["export CONDA_PLUGINS_AUTO_ACCEPT_TOS=yes"]),
    },
    {
      title: t("不打算使用这些频道：把它们从配置里移除", "If you do not want these channels: remove them from the configuration"),
      steps: [t("移除后 conda 只用你配置的其他频道（例如 conda-forge）；确认所需的包在那里有提供。", "conda then uses only your other configured channels (conda-forge, for example); make sure the packages you need are there.")],
      code: () => block("bash", ["conda config --remove channels defaults", "conda config --add channels conda-forge"]),
    },
  ],
  docs: ["https://www.anaconda.com/docs/tools/working-with-conda/channels", "https://github.com/NVIDIA/cudf-spark/pull/13114"],
  samples: [
    {
      text: "CondaToSNonInteractiveError: Terms of Service have not been accepted for the following channels. Please accept or remove them before proceeding:\n    - https://repo.anaconda.com/pkgs/main\n    - https://repo.anaconda.com/pkgs/r\n    - https://repo.anaconda.com/pkgs/msys2\n\nTo accept these channels' Terms of Service, run the following commands:\n    conda tos accept --override-channels --channel https://repo.anaconda.com/pkgs/main\n    conda tos accept --override-channels --channel https://repo.anaconda.com/pkgs/r\n    conda tos accept --override-channels --channel https://repo.anaconda.com/pkgs/msys2",
      source: "https://github.com/Vijax0/ai-clip-creator/issues/6",
    },
  ],
});
