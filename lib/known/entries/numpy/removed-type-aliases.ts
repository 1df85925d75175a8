import { block, defineKnownError, ic, t } from "../../define";

/** What NumPy's own message recommends in place of each removed alias. */
const replacement: Record<string, string> = {
  float: "float / np.float64",
  int: "int / np.int64",
  bool: "bool / np.bool_",
  object: "object",
  str: "str",
  complex: "complex / np.complex128",
  long: "int",
  unicode: "str",
};

export default defineKnownError({
  id: "numpy.removed-type-aliases",
  category: "code.name",
  match: [/module 'numpy' has no attribute '(?<alias>float|int|bool|object|str|complex|long|unicode)'/],
  title: (c) => t(`NumPy 1.24 已删除别名 np.${c.g.alias ?? "float"}`, `NumPy 1.24 removed the alias np.${c.g.alias ?? "float"}`),
  summary: (c) => {
    const a = c.g.alias ?? "float";
    return t(
      `np.${a} 只是 Python 内置 ${a === "long" || a === "unicode" ? "类型" : a} 的别名，NumPy 1.20 弃用、1.24 删除。代码（或某个依赖）仍在用 np.${a}，而环境里装的是 NumPy ≥ 1.24。`,
      `np.${a} was only an alias of a Python builtin; NumPy deprecated it in 1.20 and removed it in 1.24. The code (or a dependency) still uses np.${a} while NumPy ≥ 1.24 is installed.`,
    );
  },
  causes: [
    t("自己的代码里写了 np.float / np.int / np.bool / np.object 等旧别名", "your own code uses the old aliases np.float / np.int / np.bool / np.object …"),
    t("某个没有更新的依赖包在用这些别名（traceback 里出错那一帧在 site-packages 下）", "an outdated dependency uses them (the failing frame is under site-packages)"),
  ],
  solutions: [
    {
      title: (c) => t(`把 np.${c.g.alias ?? "float"} 换成 ${ic(replacement[c.g.alias ?? "float"] ?? "float")}`, `Replace np.${c.g.alias ?? "float"} with ${ic(replacement[c.g.alias ?? "float"] ?? "float")}`),
      steps: [t("换成内置类型行为完全不变；如果你需要的是 NumPy 标量类型，用带位宽的 np.float64 / np.int64。", "The builtin behaves exactly the same; if you specifically wanted a NumPy scalar type, use a sized one such as np.float64 / np.int64.")],
      code: (c) => {
        const a = c.g.alias ?? "float";
        const builtin = a === "long" ? "int" : a === "unicode" ? "str" : a;
        return block("python", ["import numpy as np", "", `values = np.array([1, 0, 2], dtype=${builtin})  # instead of dtype=np.${a}`, "print(values.dtype)"]);
      },
    },
    {
      title: t("出错的是第三方包：升级它", "If a third-party package fails: upgrade it"),
      steps: [t("大多数库早已发布去掉这些别名的版本，升级到最新版即可。", "Most libraries have long released versions without these aliases; upgrading to the latest fixes it.")],
    },
    {
      title: t("临时办法：固定 numpy<1.24", "Stopgap: pin numpy<1.24"),
      steps: [t("无法修改代码又无法升级依赖时，先把 NumPy 限制在 1.24 之前。", "When you can neither change the code nor upgrade the dependency, keep NumPy below 1.24 for now.")],
      code: () => block("bash", ['python -m pip install "numpy<1.24"']),
    },
  ],
  docs: ["https://numpy.org/devdocs/release/1.20.0-notes.html#deprecations", "https://docs.astral.sh/ruff/rules/numpy-deprecated-type-alias"],
  samples: [
    {
      text: "AttributeError: module 'numpy' has no attribute 'int'.\n`np.int` was a deprecated alias for the builtin `int`. To avoid this error in existing code, use `int` by itself. Doing this will not modify any behavior and is safe. When replacing `np.int`, you may wish to use e.g. `np.int64` or `np.int32` to specify the precision.",
      source: "https://github.com/Thiagohgl/ai-pronunciation-trainer/issues/5",
    },
  ],
});
