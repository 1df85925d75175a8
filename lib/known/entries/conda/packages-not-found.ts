import { block, defineKnownError, shq, t } from "../../define";

export default defineKnownError({
  id: "conda.packages-not-found",
  category: "dependency.install",
  match: [/PackagesNotFoundError: The following packages are (?:not available from current channels|missing from the target environment)(?::\s+-\s(?<pkg>[\w.-]{1,100})(?<spec>[=<>!][^\s]{0,60})?)?/],
  title: (c) => t(`当前 conda 频道里找不到 ${c.g.pkg ?? "所需的包"}`, `${c.g.pkg ?? "The package"} is not available from the current conda channels`),
  summary: (c) =>
    t(
      `conda 只在“Current channels”列出的频道里查找；${c.g.pkg ?? "这个包"}${c.g.spec ? `（${c.g.spec}）` : ""} 在这些频道、当前平台（linux-64、osx-arm64、win-64…）上没有匹配的构建。常见原因是这个包只发布在 PyPI 或另一个频道（如 conda-forge），或者所要的版本（例如很旧的 Python）在你的平台上没有。`,
      `conda only searches the channels under "Current channels"; ${c.g.pkg ?? "the package"}${c.g.spec ? ` (${c.g.spec})` : ""} has no matching build there for this platform (linux-64, osx-arm64, win-64 …). Usually the package is published only on PyPI or on another channel (such as conda-forge), or the requested version (a very old Python, say) does not exist for your platform.`,
    ),
  causes: [
    t("包只在 PyPI 上发布，conda 频道里根本没有", "the package is published on PyPI only and no conda channel has it"),
    t("包在别的频道（conda-forge、bioconda、pytorch…），当前配置没有包含", "the package lives on another channel (conda-forge, bioconda, pytorch …) that is not configured"),
    t("指定的版本或构建在当前平台不存在，例如在 Apple Silicon（osx-arm64）上装很旧的 python=3.7", "the requested version or build does not exist for this platform, e.g. a very old python=3.7 on Apple Silicon (osx-arm64)"),
    t("把 pip freeze / requirements.txt 直接交给了 conda 安装", "a pip freeze / requirements.txt was handed to conda"),
  ],
  solutions: [
    {
      title: t("先搜索它在哪个频道、有哪些版本", "Find which channel has it, and which versions"),
      steps: [t("在 anaconda.org 搜索包名，或用 conda search 指定频道查看可用版本与平台。", "Search the name on anaconda.org, or run conda search with a channel to see available versions and platforms.")],
      code: (c) => (c.g.pkg ? block("bash", [`conda search -c conda-forge ${shq(c.g.pkg)}`]) : null),
    },
    {
      title: t("在正确的频道安装", "Install from the right channel"),
      steps: [t("用 -c 指定提供该包的频道（常见是 conda-forge）。", "Pass -c with the channel that provides it (often conda-forge).")],
      code: (c) => (c.g.pkg ? block("bash", [`conda install -c conda-forge ${shq(c.g.pkg)}`]) : null),
    },
    {
      title: t("只在 PyPI 上的包：在激活的 conda 环境里用 pip 安装", "PyPI-only packages: install with pip inside the activated conda env"),
      steps: [t("先用 conda 装好能从 conda 装的依赖，最后再用该环境里的 python -m pip 安装其余的包。", "Install what conda can provide first, then install the rest with that environment's python -m pip.")],
      code: (c) => (c.g.pkg ? block("bash", [`python -m pip install ${shq(c.g.pkg)}`]) : null),
    },
  ],
  docs: ["https://github.com/conda/conda/issues/12615", "https://github.com/conda/conda/issues/6837", "https://www.cnblogs.com/peiziming/p/18196827"],
  samples: [
    {
      text: "PackagesNotFoundError: The following packages are not available from current channels:\n\n  - defensefinder\n\nCurrent channels:\n\n  - https://repo.anaconda.com/pkgs/main/linux-64\n  - https://repo.anaconda.com/pkgs/main/noarch\n  - https://repo.anaconda.com/pkgs/r/linux-64\n  - https://repo.anaconda.com/pkgs/r/noarch\n\nTo search for alternate channels that may provide the conda package you're\nlooking for, navigate to\n\n    https://anaconda.org\n\nand use the search bar at the top of the page.",
      source: "https://github.com/mdmparis/defense-finder/issues/9",
    },
  ],
});
