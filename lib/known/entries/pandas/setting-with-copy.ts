import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pandas.setting-with-copy",
  category: "unknown",
  match: ["SettingWithCopyWarning", "A value is trying to be set on a copy of a slice from a DataFrame", "ChainedAssignmentError"],
  title: t("pandas 链式赋值：值可能写进了一个临时副本", "pandas chained assignment: the value may go into a temporary copy"),
  summary: t(
    "你在一个由索引得到的对象上赋值（例如 df[df.a > 2][\"b\"] = 1，或先取 sub = df[...] 再改 sub[\"col\"]）。pandas 无法保证这个对象是原表的视图还是副本，赋值可能不会落到原 DataFrame 上，所以发出警告；开启 Copy-on-Write（pandas 3.0 默认）后这种链式赋值永远不会修改原表。",
    "You assign into an object obtained by indexing (df[df.a > 2][\"b\"] = 1, or sub = df[...] followed by sub[\"col\"] = …). pandas cannot promise whether that object is a view or a copy of the original, so the assignment may never reach the original DataFrame and it warns; under Copy-on-Write (the default in pandas 3.0) such chained assignment never updates the original.",
  ),
  causes: [
    t("同一行里两次索引再赋值：df[条件][\"列\"] = 值 或 df.loc[a:b][\"列\"] = 值", "two indexing steps then an assignment on one line: df[mask][\"col\"] = value or df.loc[a:b][\"col\"] = value"),
    t("先把筛选结果存成变量（sub = df[df.x > 0]），再给 sub 加列或改值", "a filtered result saved in a variable (sub = df[df.x > 0]) that you then add columns to or modify"),
  ],
  solutions: [
    {
      title: t("要改原表：用一次 .loc[行, 列] 赋值", "To change the original: assign with a single .loc[rows, column]"),
      steps: [t("把行条件和列名放进同一个 .loc 里，赋值就一定作用在原 DataFrame 上。", "Put the row condition and the column in one .loc so the assignment always targets the original DataFrame.")],
      code: () => block("python", ["import pandas as pd", "", 'df = pd.DataFrame({"A": [1, 3, 5], "B": [0, 0, 0]})', 'df.loc[df["A"] > 2, "B"] = 1  # not df[df["A"] > 2]["B"] = 1', "print(df)"]),
    },
    {
      title: t("要一份独立的子表：显式 .copy()", "For an independent subset: call .copy() explicitly"),
      steps: [t("筛选后立刻 .copy()，之后修改子表就不会再有歧义，也不会影响原表。", "Call .copy() right after filtering; later changes to the subset are then unambiguous and never touch the original.")],
      code: () => block("python", ["import pandas as pd", "", 'df = pd.DataFrame({"A": [1, 3, 5]})', 'sub = df[df["A"] > 2].copy()', 'sub["flag"] = True', "print(sub)"]),
    },
  ],
  docs: ["https://pandas.pydata.org/docs/reference/api/pandas.errors.SettingWithCopyWarning.html", "https://pandas.pydata.org/pandas-docs/version/stable/reference/api/pandas.errors.ChainedAssignmentError.html", "https://pandas.pydata.org/docs/dev/user_guide/migration.html"],
  samples: [
    {
      text: "app.py:36: SettingWithCopyWarning: \nA value is trying to be set on a copy of a slice from a DataFrame.\nTry using .loc[row_indexer,col_indexer] = value instead\n\nSee the caveats in the documentation: http://pandas.pydata.org/pandas-docs/stable/indexing.html#indexing-view-versus-copy\n  d['plName'] = [s.decode() if isinstance(s, bytes) else s for s in d['plName']]",
      source: "https://github.com/DanielAndreasen/SWEETer-Cat/issues/33",
    },
  ],
});
