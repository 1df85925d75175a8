import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pandas.truth-value-ambiguous",
  category: "code.value",
  match: [/The truth value of an? (?<cls>Series|DataFrame|Index) is ambiguous/],
  title: (c) => t(`不能把 pandas ${c.g.cls ?? "Series"} 当作单个 True/False 使用`, `A pandas ${c.g.cls ?? "Series"} was used where a single True/False is needed`),
  summary: (c) =>
    t(
      `if、while、and、or、not 需要一个布尔值，而 ${c.g.cls ?? "Series"} 里有多个值，pandas 无法决定它整体算真还是假，于是抛出 ValueError。常见于 if df["x"] > 0:、用 and/or 组合两个条件，或变量意外变成了 Series。`,
      `if, while, and, or and not need one boolean, but a ${c.g.cls ?? "Series"} holds many values and pandas will not guess whether it is true as a whole, so it raises ValueError. Typical: if df["x"] > 0:, combining two conditions with and/or, or a variable that unexpectedly became a Series.`,
    ),
  causes: [
    t("用 and / or / not 组合两个逐元素条件，应该用 & / | / ~ 并给每个条件加括号", "two element-wise conditions combined with and / or / not, where & / | / ~ (with parentheses) are needed"),
    t("在 if 里直接判断一个 Series（比如 if df[\"col\"] == 1: 或 if series:）", "an if that tests a Series directly (if df[\"col\"] == 1: or if series:)"),
    t("本以为是单个数值的变量其实是一列（如 df[\"price\"] 而不是 df.loc[i, \"price\"]）", "a variable you expected to be a scalar is actually a column (df[\"price\"] rather than df.loc[i, \"price\"])"),
  ],
  solutions: [
    {
      title: t("逐元素筛选用 & | ~，并给每个条件加括号", "For element-wise filters use & | ~ with parentheses"),
      steps: [t("& 的优先级高于比较运算符，所以每个条件都要加括号。", "& binds tighter than comparisons, so parenthesise each condition.")],
      code: () => block("python", ["import pandas as pd", "", 'df = pd.DataFrame({"avg": [2_000_000, 10], "ltp": [500, 900]})', 'picked = df[(df["avg"] >= 1_000_000) & (df["ltp"] <= 600)]', "print(picked)"]),
    },
    {
      title: t("需要一个真假值时，明确说要哪种", "When you need one boolean, say which one"),
      steps: [t("整列都满足用 .all()，任一满足用 .any()，判断是否为空用 .empty，只有一个元素时用 .item() 取出它。", "Use .all() for all rows, .any() for at least one, .empty to test for no rows, and .item() to take the value of a one-element Series.")],
      code: () => block("python", ["import pandas as pd", "", 's = pd.Series([1, 2, 3])', "if (s > 0).all():", '    print("all positive")', "if not s.empty:", '    print("has rows")']),
    },
  ],
  docs: ["https://github.com/pandas-dev/pandas/pull/4657", "https://pandas.pydata.org/pandas-docs/version/0.19.0/gotchas.html", "https://www.jetbrains.com/help/inspectopedia/Python-The-truth-value-of-a-DataFrame-is-ambiguous-PyPackages.html"],
  samples: [
    {
      text: "  File \"/home/panazerv/.conda/envs/kgwasflow/lib/python3.11/site-packages/pandas/core/generic.py\", line 1527, in __nonzero__\nValueError: The truth value of a Series is ambiguous. Use a.empty, a.bool(), a.item(), a.any() or a.all().",
      source: "https://github.com/akcorut/kGWASflow/issues/20",
    },
  ],
});
