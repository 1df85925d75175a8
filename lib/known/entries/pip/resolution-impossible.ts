import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pip.resolution-impossible",
  category: "dependency.install",
  match: [/ERROR: ResolutionImpossible|Cannot install (?<what>[^\n]{1,300}?) because these package versions have conflicting dependencies/],
  title: t("pip 找不到一组能同时满足所有要求的版本", "pip cannot find one set of versions that satisfies every requirement"),
  summary: t(
    "你要求的包（或它们的依赖）对同一个依赖提出了互相矛盾的版本范围，pip 的解析器穷举后确认不存在能同时满足的组合。日志里 “The conflict is caused by:” 下面列出了互相冲突的约束。",
    "The packages you asked for (or their dependencies) require conflicting version ranges of the same dependency, and pip's resolver proved that no combination satisfies them all. The lines under \"The conflict is caused by:\" list the clashing constraints.",
  ),
  causes: [
    t("requirements 里把多个包都钉死在了具体版本（==），而它们依赖同一个包的不同版本", "several packages are pinned exactly (==) in your requirements and they need different versions of the same dependency"),
    t("某个依赖在你的 Python 版本或平台上根本没有可用版本（新版 pip 会提示 “have no available versions for your environment”）", "a dependency has no release at all for your Python version or platform (newer pip says some causes \"have no available versions for your environment\")"),
    t("项目的依赖本身就互相不兼容（上游需要放宽版本约束）", "the project's own dependencies are mutually incompatible (upstream must relax a constraint)"),
  ],
  solutions: [
    {
      title: t("放宽顶层的版本钉死，让 pip 自己选", "Loosen your top-level pins and let pip choose"),
      steps: [t("pip 官方建议：先去掉或放宽 requirements 里冲突相关的 == 版本，只保留真正需要的下限，再重新安装。", "pip's own advice: remove or relax the == pins involved in the conflict, keep only the lower bounds you really need, and install again.")],
    },
    {
      title: t("看清是哪个约束冲突", "See which constraints clash"),
      steps: [t("按 “The conflict is caused by:” 中列出的包逐个查看它们要求的版本；pip show 可以查看已安装包的依赖。", "Go through the packages listed under \"The conflict is caused by:\" and the versions they require; pip show shows what an installed package depends on.")],
    },
    {
      title: t("确认 Python 版本在各个包支持的范围内", "Check your Python version is supported by every package"),
      steps: [t("老的固定版本常常没有新 Python 的轮子；换一个各依赖都支持的 Python 版本建虚拟环境。", "Old pinned releases often have no wheels for a new Python; create the virtual environment with a Python version every dependency supports.")],
    },
  ],
  docs: ["https://pip.pypa.io/en/stable/topics/dependency-resolution/", "https://github.com/pypa/pip/pull/13588", "https://github.com/pypa/pip/issues/8377"],
  samples: [
    {
      text: "ERROR: Cannot install A and B because these package versions have conflicting dependencies.\n\nThe conflict is caused by:\n    c 1.0 depends on E==1.0\n    d 1.0 depends on E==2.0\n\nTo fix this you could try to:\n1. loosen the range of package versions you've specified\n2. remove package versions to allow pip attempt to solve the dependency conflict\n\nERROR: ResolutionImpossible",
      source: "https://github.com/pypa/pip/issues/8377",
    },
  ],
});
