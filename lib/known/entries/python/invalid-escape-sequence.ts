import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.invalid-escape-sequence",
  category: "unknown",
  match: [/(?<kind>SyntaxWarning|DeprecationWarning): invalid escape sequence '?(?<seq>\\[^'\s]{1,4})/],
  title: (c) => t(`字符串里的 ${c.g.seq} 不是合法的转义序列`, `${c.g.seq} in a string literal is not a valid escape sequence`),
  summary: (c) =>
    t(
      `普通字符串里反斜杠后跟的字符（这里是 ${c.g.seq}）不构成 Python 认可的转义序列。Python 3.6 起这只是一条默认不显示的 DeprecationWarning；3.12 起改为默认显示的 SyntaxWarning，将来的版本会变成 SyntaxError。目前程序照常运行，字符串的值也没有变（反斜杠被原样保留）。最常见于正则表达式和 Windows 路径。`,
      `After a backslash in a normal string literal, the character (here ${c.g.seq}) does not form an escape sequence Python recognises. Since Python 3.6 this was a DeprecationWarning hidden by default; since 3.12 it is a SyntaxWarning shown by default, and a future version will make it a SyntaxError. The program still runs and the string's value is unchanged (the backslash is kept). It usually comes from regular expressions and Windows paths.`,
    ),
  causes: [
    t("正则表达式写在普通字符串里（如 \"\\d+\"），没有用原始字符串", "a regular expression is written in a normal string (\"\\d+\") instead of a raw string"),
    t("Windows 路径里的反斜杠（如 \"C:\\data\"）", "backslashes in a Windows path (\"C:\\data\")"),
    t("警告来自第三方包的源码（路径在 site-packages 下），它还没适配 Python 3.12", "the warning comes from a third-party package's source (under site-packages) that has not been updated for Python 3.12"),
  ],
  solutions: [
    {
      title: t("在字符串前加 r，改成原始字符串", "Prefix the string with r to make it a raw string"),
      steps: [
        t(
          "警告给出了文件和行号。正则表达式用 r\"...\"；路径用 r\"...\"、正斜杠或 pathlib。确实需要一个反斜杠字符时写成 \\\\。",
          "The warning names the file and line. Use r\"...\" for regular expressions; for paths use r\"...\", forward slashes or pathlib. When you really want a backslash character, write \\\\.",
        ),
      ],
      code: () =>
        block("python", [
          "import re",
          "from pathlib import Path",
          "",
          'pattern = re.compile(r"\\d+\\.\\d+")  # was: "\\d+\\.\\d+"',
          'data_dir = Path(r"C:\\data\\input")',
          'print(pattern.match("3.12"), data_dir)',
        ]),
    },
    {
      title: t("警告来自第三方包：升级它", "If a third-party package emits it: upgrade that package"),
      steps: [t("这只是警告，不影响运行；升级到已修复的版本即可消除。", "It is only a warning and does not affect the run; upgrading to a fixed release removes it.")],
    },
  ],
  docs: ["https://docs.python.org/3/whatsnew/3.12.html#other-language-changes", "https://github.com/python/cpython/issues/98401"],
  samples: [
    {
      text: "service/backend/_utils.py:46: SyntaxWarning: invalid escape sequence '\\.'\n  version = re.sub(\"\\.r[0-9]+$\", \"\", version)",
      source: "https://github.com/cran4linux/bspm/pull/84",
    },
  ],
});
