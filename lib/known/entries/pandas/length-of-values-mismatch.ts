import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pandas.length-of-values-mismatch",
  category: "code.value",
  match: [/Length of values \((?<values>\d{1,12})\) does not match length of index \((?<index>\d{1,12})\)/, "Length of values does not match length of index"],
  title: (c) =>
    c.g.values
      ? t(`要赋给列的值有 ${c.g.values} 个，而 DataFrame 有 ${c.g.index} 行`, `The values assigned to the column number ${c.g.values}, but the DataFrame has ${c.g.index} rows`)
      : t("赋给列的值的个数与 DataFrame 的行数不同", "The number of values assigned to a column differs from the DataFrame's row count"),
  summary: (c) =>
    t(
      `df["列"] = 列表 / 数组 时，pandas 要求值的个数正好等于行数（列表和数组按位置对齐，不按索引）。${c.g.values === "1" ? "这里只有 1 个值：常见是把一个整体（例如一个元组、一个嵌套列表或一个函数的返回对象）当成了一列值，或者赋值语句写错了。" : "两边长度不同，说明这些值是在过滤、去重、分组或另一份数据上算出来的。"}`,
      `For df["col"] = list / array, pandas requires exactly one value per row (lists and arrays align by position, not by index). ${c.g.values === "1" ? "Here there is a single value: usually a whole object (a tuple, a nested list, a function's return object) was taken as the column, or the assignment is mistyped." : "The lengths differ, so the values were computed after filtering, de-duplicating or grouping, or on different data."}`,
    ),
  causes: [
    t("值是在过滤 / dropna / 去重之后的数据上算出来的，行数变了", "the values were computed on data after filtering / dropna / de-duplication, so the row count changed"),
    t("groupby 聚合后的结果（每组一个值）直接赋回了原表", "a groupby aggregate (one value per group) was assigned back to the original frame"),
    t("模型预测或外部数据与 DataFrame 不是同一批样本", "model predictions or external data are not for the same rows as the DataFrame"),
  ],
  solutions: [
    {
      title: t("让值与行一一对应", "Make the values line up with the rows"),
      steps: [
        t(
          "打印 len(df) 和 len(values) 找出在哪一步变了；按索引对齐时赋一个带同样索引的 Series（缺的行会是空值）；组内统计要回填到每行时用 groupby(...).transform(...)。",
          "Print len(df) and len(values) to find where they diverge; to align by index, assign a Series carrying the same index (missing rows become empty); to broadcast a per-group statistic back to each row, use groupby(...).transform(...).",
        ),
      ],
    },
  ],
  docs: ["https://github.com/freqtrade/freqtrade/issues/4610", "https://github.com/pandas-dev/pandas/issues/15147"],
  samples: [
    {
      text: '  File "/home/reivski/freqtrade/.env/lib/python3.8/site-packages/pandas/core/internals/construction.py", line 751, in sanitize_index\n    raise ValueError(\nValueError: Length of values (1) does not match length of index (718)',
      source: "https://github.com/freqtrade/freqtrade/issues/4610",
    },
  ],
});
