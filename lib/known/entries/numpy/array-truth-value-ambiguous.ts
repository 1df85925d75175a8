import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "numpy.array-truth-value-ambiguous",
  category: "code.value",
  match: ["The truth value of an array with more than one element is ambiguous"],
  title: t("不能把多元素的 NumPy 数组当作单个 True/False", "A multi-element NumPy array was used as a single True/False"),
  summary: t(
    "if、while、and、or、not 需要一个布尔值；对多元素数组做比较得到的是逐元素的布尔数组，NumPy 不会替你决定它整体算真还是假，于是抛出 ValueError。",
    "if, while, and, or and not need one boolean; comparing a multi-element array gives an element-wise boolean array, and NumPy will not decide for you whether it is true as a whole, so it raises ValueError.",
  ),
  causes: [
    t("在 if 里直接判断数组比较的结果（if arr > 0:）", "an if that tests an array comparison directly (if arr > 0:)"),
    t("用 and / or 组合两个数组条件，应该用 & / | 或 np.logical_and", "two array conditions combined with and / or, where & / | or np.logical_and are needed"),
    t("以为是标量的变量其实是数组（例如模型输出、某一列）", "a variable you expected to be a scalar is actually an array (a model output, a column …)"),
  ],
  solutions: [
    {
      title: t("说清楚要 any 还是 all", "Say whether you mean any or all"),
      steps: [t("全部满足用 .all()，任一满足用 .any()；逐元素组合条件用 & / | 并加括号；只有一个元素时用 .item() 取出标量。", "Use .all() for every element, .any() for at least one; combine element-wise conditions with & / | and parentheses; use .item() to take the scalar out of a one-element array.")],
      code: () => block("python", ["import numpy as np", "", "a = np.array([1, 5, 9])", "if (a > 0).all():", '    print("all positive")', "mask = (a > 2) & (a < 8)", "print(a[mask])"]),
    },
  ],
  docs: ["https://pandas.pydata.org/pandas-docs/version/0.19.0/gotchas.html", "https://github.com/pandas-dev/pandas/pull/4657"],
  samples: [
    {
      text: "In [5]: bool(s)\nOut[5]: ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()",
      source: "https://github.com/pandas-dev/pandas/pull/4657",
    },
  ],
});
