import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pandas.csv-tokenizing-error",
  category: "data.parse",
  match: [/Error tokenizing data\. C error: Expected (?<expected>\d{1,6}) fields? in line (?<line>\d{1,12}), saw (?<saw>\d{1,6})/],
  title: (c) => t(`CSV 第 ${c.g.line} 行有 ${c.g.saw} 个字段，而前面的行只有 ${c.g.expected} 个`, `CSV line ${c.g.line} has ${c.g.saw} fields where earlier lines had ${c.g.expected}`),
  summary: (c) =>
    t(
      `read_csv 根据开头几行确定列数（${c.g.expected} 列），到第 ${c.g.line} 行切出了 ${c.g.saw} 个字段。${c.g.expected === "1" ? "前面只切出 1 列，往往说明分隔符不对（文件用的是 ; 或制表符），或读到的根本不是 CSV（例如一个 HTML 页面）。" : "常见原因是这一行的值里含有分隔符却没有加引号，或者文件前面有说明文字、后面列数变了。"}`,
      `read_csv settles the column count from the first lines (${c.g.expected} columns) and then split ${c.g.saw} fields on line ${c.g.line}. ${c.g.expected === "1" ? "Only 1 column at first usually means the separator is wrong (the file uses ; or tabs), or what was read is not a CSV at all (an HTML page, say)." : "Usually a value on that line contains the separator without quotes, or the file starts with notes and the column count changes later."}`,
    ),
  causes: [
    t("分隔符不是逗号（; 、制表符、| 等），没有传 sep", "the separator is not a comma (;, tab, | …) and sep was not given"),
    t("某些值里包含分隔符，却没有用引号括起来", "some values contain the separator without being quoted"),
    t("文件开头有标题 / 说明行，或读取的 URL 返回的是网页而不是原始 CSV", "the file starts with title / note lines, or the URL returns a web page instead of the raw CSV"),
  ],
  solutions: [
    {
      title: t("先看出错的那一行，再指定正确的读取参数", "Look at the failing line, then give read_csv the right options"),
      steps: [
        t(
          "用文本编辑器或下面的代码查看报错的行和文件开头；按实际情况传 sep、skiprows、quotechar。从网页读取时要用原始文件（raw）的地址。",
          "Inspect the reported line and the start of the file (editor or the code below); pass sep, skiprows or quotechar to match. When reading from the web, use the raw file's URL.",
        ),
      ],
      code: (c) =>
        block("python", [
          "import pandas as pd",
          "",
          'path = "data.csv"',
          'with open(path, encoding="utf-8", errors="replace") as f:',
          "    lines = f.readlines()",
          `print(lines[:3], lines[${Math.max(Number(c.g.line) - 1, 0)}:${Number(c.g.line) + 1}])`,
          'df = pd.read_csv(path, sep=None, engine="python")  # let pandas sniff the separator',
        ]),
    },
    {
      title: t("确认坏行可以丢弃：on_bad_lines=\"skip\"", "If bad lines may be dropped: on_bad_lines=\"skip\""),
      steps: [t("pandas 1.3 起用 on_bad_lines=\"warn\" / \"skip\"；旧的 error_bad_lines=False 在 pandas 2.0 已删除。被跳过的行会丢失，先确认这是可以接受的。", "Since pandas 1.3 use on_bad_lines=\"warn\" / \"skip\"; the old error_bad_lines=False was removed in pandas 2.0. Skipped lines are lost, so make sure that is acceptable.")],
    },
  ],
  docs: ["https://github.com/pandas-dev/pandas/pull/40413", "https://pandas.pydata.org/docs/whatsnew/v2.0.0.html#removal-of-prior-version-deprecations-changes", "https://github.com/codalab/codalab-competitions/issues/2696"],
  samples: [
    {
      text: "pandas.errors.ParserError: Error tokenizing data. C error: Expected 6 fields in line 31, saw 7",
      source: "https://github.com/guanwei49/LogLLM/issues/1",
    },
  ],
});
