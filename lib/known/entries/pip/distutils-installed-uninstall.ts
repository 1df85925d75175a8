import { block, defineKnownError, shq, t } from "../../define";

export default defineKnownError({
  id: "pip.distutils-installed-uninstall",
  category: "dependency.install",
  match: [
    /Cannot uninstall '?(?<pkg>[\w.-]{1,100})'?\. It is a distutils installed project/,
    /Cannot uninstall (?<pkg>[\w.-]{1,100})[\s\S]{0,200}?It is a distutils installed project/,
  ],
  title: (c) => t(`pip 无法卸载 ${c.g.pkg}：它不是用 pip 装的，没有文件清单`, `pip cannot uninstall ${c.g.pkg}: it was not installed by pip and has no file list`),
  summary: (c) =>
    t(
      `pip 在安装 / 升级时需要先卸载旧版的 ${c.g.pkg}，但这个旧版是用 python setup.py install（distutils）或系统包管理器（apt、yum、conda）装的，没有记录自己装了哪些文件。pip 不愿只卸载一部分，于是停下。`,
      `To install or upgrade, pip must first remove the old ${c.g.pkg}, but that copy was installed by python setup.py install (distutils) or a system package manager (apt, yum, conda) and records no list of its files. pip refuses to do a partial uninstall, so it stops.`,
    ),
  causes: [
    t("系统 Python 里由 apt / yum 等安装的包，被 pip 尝试升级", "pip tries to upgrade a package that apt / yum installed into the system Python"),
    t("Conda 环境里由 conda 安装的包", "a package installed by conda in a Conda environment"),
    t("以前用 python setup.py install 安装过", "it was once installed with python setup.py install"),
  ],
  solutions: [
    {
      title: t("最好：换到虚拟环境里安装", "Best: install into a virtual environment"),
      steps: [t("虚拟环境里没有这份旧副本，也就不需要卸载它，系统包管理器的文件不会被动到。", "A virtual environment has no old copy to remove, and the system package manager's files stay untouched.")],
      code: () => block("bash", ["python3 -m venv .venv", ". .venv/bin/activate", "python -m pip install -r requirements.txt"]),
    },
    {
      title: t("用当初安装它的工具卸载，或跳过卸载直接覆盖", "Remove it with the tool that installed it, or install over it"),
      steps: [
        t(
          "pip 维护者的建议：用原来的包管理器卸载（conda remove / apt remove），实在不行再手动删除它的文件。也可以用 --ignore-installed 让 pip 不卸载、直接装新版本（旧文件可能残留）。",
          "The pip maintainers' advice: uninstall with the original package manager (conda remove / apt remove), or delete its files by hand as a last resort. --ignore-installed makes pip install the new version without uninstalling (old files may remain).",
        ),
      ],
      code: (c) => block("bash", [`python -m pip install --ignore-installed ${shq(c.g.pkg ?? "")}`]),
      when: (c) => Boolean(c.g.pkg),
    },
  ],
  docs: ["https://github.com/pypa/pip/issues/8897", "https://github.com/pypa/pip/issues/5247"],
  samples: [
    {
      text: "ERROR: Cannot uninstall 'meld3'. It is a distutils installed project and thus we cannot accurately determine which files belong to it which would lead to only a partial uninstall.",
      source: "https://github.com/ysrc/xunfeng/issues/224",
    },
  ],
});
