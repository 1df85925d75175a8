import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "uv.no-solution-found",
  category: "dependency.install",
  match: ["No solution found when resolving dependencies", /we can conclude that (?:your|the) requirements are unsatisfiable/],
  title: t("uv 找不到满足所有约束的依赖组合", "uv found no set of versions that satisfies every constraint"),
  summary: (c) => {
    const py = c.f.has(/Python>=|Python version|requires-python|Requires-Python/i);
    const wheels = c.f.has(/has no usable wheels|has no wheels with a matching platform tag/);
    return t(
      `uv 的解析器逐步推导出：按你的要求，某个依赖没有任何可用版本。${py ? "这里的推导链涉及 Python 版本约束：所需版本要求的 Python 与当前（或 requires-python 声明的）不一致。" : wheels ? "这里是因为所需版本在当前平台/设置下没有可用的轮子。" : "从最后一个 “Because … we can conclude” 往上读，就能看到是哪两个约束冲突。"}`,
      `uv's resolver derived, step by step, that under your constraints some dependency has no usable version. ${py ? "Here the chain involves a Python constraint: the versions needed require a different Python than the current one (or than requires-python declares)." : wheels ? "Here the needed versions have no usable wheels for this platform or these settings." : "Read upward from the last \"Because … we can conclude\" to see which two constraints clash."}`,
    );
  },
  causes: [
    t("两个依赖要求同一个包的互不相交的版本范围，或你钉死的版本与某个依赖的要求冲突", "two dependencies need disjoint ranges of the same package, or one of your pins conflicts with a dependency's requirement"),
    t("所需版本要求的 Python 与当前解释器或项目的 requires-python 不一致", "the versions needed require a Python that differs from the interpreter or the project's requires-python"),
    t("所需版本在当前平台没有轮子，而源码构建被禁止（--no-build / --only-binary）", "the needed versions have no wheels for this platform and source builds are disabled (--no-build / --only-binary)"),
  ],
  solutions: [
    {
      title: t("按推导链放宽或调整冲突的约束", "Loosen or adjust the constraint the chain points to"),
      steps: [t("错误信息里的每个 “Because …” 都是一个事实；找到你自己写的那条约束（you require …），放宽它或换一个兼容的版本。", "Each \"Because …\" in the message is a fact; find the constraint you wrote yourself (you require …) and loosen it or choose a compatible version.")],
    },
    {
      title: t("Python 版本不符时换解释器或调整 requires-python", "If Python does not fit: switch the interpreter or adjust requires-python"),
      steps: [t("用依赖支持的 Python 版本创建环境，或修改 pyproject.toml 的 requires-python。", "Create the environment with a Python version the dependencies support, or change requires-python in pyproject.toml.")],
    },
  ],
  docs: ["https://github.com/astral-sh/uv/issues/3716", "https://github.com/astral-sh/uv/issues/884", "https://github.com/astral-sh/uv/issues/5342"],
  samples: [
    {
      text: "× No solution found when resolving dependencies:\n╰─▶ Because flask==3.0.2 depends on click>=8.1.3 and you require click==7.0.0, we can conclude that your requirements and flask==3.0.2 are incompatible.\n    And because you require flask==3.0.2, we can conclude that the requirements are unsatisfiable.",
      source: "https://github.com/astral-sh/uv/issues/3716",
    },
  ],
});
