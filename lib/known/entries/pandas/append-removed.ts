import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pandas.append-removed",
  category: "code.name",
  match: [/'(?<cls>DataFrame|Series)' object has no attribute '(?<attr>append|iteritems)'/],
  title: (c) => t(`pandas 2.0 删除了 ${c.g.cls ?? "DataFrame"}.${c.g.attr ?? "append"}`, `pandas 2.0 removed ${c.g.cls ?? "DataFrame"}.${c.g.attr ?? "append"}`),
  summary: (c) => {
    const attr = c.g.attr ?? "append";
    return attr === "iteritems"
      ? t("iteritems() 在 pandas 1.5 弃用、2.0 删除，改名为 items()；代码或依赖仍在调用旧名字。", "iteritems() was deprecated in pandas 1.5 and removed in 2.0 in favour of items(); the code or a dependency still calls the old name.")
      : t(
          "DataFrame.append / Series.append 在 pandas 1.4 弃用、2.0 删除，官方替代是 pd.concat；代码（或某个依赖）仍在调用 .append，而环境里装的是 pandas ≥ 2.0。提示里的 _append 是内部方法，不要用。",
          "DataFrame.append / Series.append were deprecated in pandas 1.4 and removed in 2.0; the replacement is pd.concat. The code (or a dependency) still calls .append while pandas ≥ 2.0 is installed. The _append the message suggests is private: do not use it.",
        );
  },
  causes: [
    t("代码是按 pandas 1.x 写的，环境升级到了 pandas 2.x", "the code was written for pandas 1.x and the environment now has pandas 2.x"),
    t("某个依赖包还没有适配 pandas 2.0（出错那一帧在 site-packages 下）", "a dependency has not been updated for pandas 2.0 (the failing frame is under site-packages)"),
  ],
  printedFixIsWrong: true,
  solutions: [
    {
      title: (c) => (c.g.attr === "iteritems" ? t("把 iteritems() 改成 items()", "Rename iteritems() to items()") : t("用 pd.concat 代替 .append", "Use pd.concat instead of .append")),
      steps: [
        (c) =>
          c.g.attr === "iteritems"
            ? t("items() 的行为与原来的 iteritems() 相同。", "items() behaves exactly like the old iteritems().")
            : t("把要追加的行先变成 DataFrame，再和原表 concat；在循环里逐行追加很慢，更好的做法是先把行收集进列表，最后一次性构造 DataFrame。", "Turn the rows to add into a DataFrame and concat it with the original; appending row by row in a loop is slow, so collect rows in a list and build the DataFrame once at the end."),
      ],
      code: (c) =>
        c.g.attr === "iteritems"
          ? block("python", ["import pandas as pd", "", 'df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})', "for name, column in df.items():  # was df.iteritems()", "    print(name, column.sum())"])
          : block("python", [
              "import pandas as pd",
              "",
              'df = pd.DataFrame({"a": [1], "b": [2]})',
              'new_rows = pd.DataFrame([{"a": 3, "b": 4}])',
              "df = pd.concat([df, new_rows], ignore_index=True)  # was df.append(new_rows, ignore_index=True)",
              "print(df)",
            ]),
    },
    {
      title: t("出错的是第三方包：升级它，或暂时固定 pandas<2", "If a third-party package fails: upgrade it, or pin pandas<2 for now"),
      steps: [t("先升级那个包；它还没适配时，在该项目的环境里暂时安装 pandas 1.x。", "Upgrade that package first; until it supports pandas 2, install pandas 1.x in that project's environment.")],
      code: () => block("bash", ['python -m pip install "pandas<2"']),
    },
  ],
  docs: ["https://github.com/pandas-dev/pandas/pull/44539", "https://pandas.pydata.org/pandas-docs/version/1.4/reference/api/pandas.DataFrame.append.html", "https://github.com/materialsproject/pymatgen/pull/2935"],
  samples: [
    {
      text: "On the latest commit (71655f0), I'm getting errors in the terminal regarding your extension with the error `AttributeError: 'DataFrame' object has no attribute 'append'`",
      source: "https://github.com/chrisgoringe/Styles-Editor/issues/85",
    },
  ],
});
