import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.int-invalid-literal",
  category: "code.value",
  match: [/invalid literal for int\(\) with base (?<base>\d{1,2}): (?<val>'[^'\n]{0,120}'|"[^"\n]{0,120}")/],
  priority: -1,
  title: (c) => (c.g.val ? t(`int() 无法把 ${c.g.val} 转成整数`, `int() cannot convert ${c.g.val} to an integer`) : t("int() 收到的字符串不是整数", "int() was given a string that is not an integer")),
  summary: (c) => {
    const v = c.g.val ?? "";
    if (v === "''" || v === '""')
      return t(
        "int() 收到的是空字符串。空字符串不是整数字面量，通常说明读到的字段或输入行是空的（空行、缺失的列、没读到内容的文件）。",
        "int() was given an empty string. An empty string is not an integer literal; usually the field or input line it came from was empty (a blank line, a missing column, a file that was read as empty).",
      );
    if (/^['"][+-]?\d{1,60}\.\d{0,60}['"]$/.test(v))
      return t(
        `${v} 带小数点。int() 只接受整数字面量，不会替你截断带小数点的字符串；先用 float() 再转 int。`,
        `${v} has a decimal point. int() only accepts integer literals and does not truncate a decimal string; convert with float() first.`,
      );
    return t(
      `int() 只接受表示整数的字符串（可带正负号和首尾空白）；${v || "收到的值"} 里有别的字符，所以报错。`,
      `int() only accepts strings that spell an integer (optionally signed, surrounded by whitespace); ${v || "the value"} contains other characters, so it fails.`,
    );
  },
  causes: [
    t("输入数据里有空行、空字段或缺失值（如 'nan'、'N/A'）", "the input has blank lines, empty fields or missing-value markers ('nan', 'N/A')"),
    t("字符串是小数（'3.0'）或带单位、千分位逗号等额外字符", "the string is a decimal ('3.0') or carries units, thousands separators or other characters"),
    t("读错了列或行：解析位置偏了，把表头或文本当成了数字", "the wrong column or line was read, so a header or text was taken for a number"),
  ],
  solutions: [
    {
      title: t("转换前清洗并校验输入", "Clean and validate the input before converting"),
      steps: [
        t("打印 repr(值) 看清真实内容（包括空白和引号）。空值要跳过或给默认值；小数先 float() 再 int()；其他字符先去掉或报出是哪一行。", "Print repr(value) to see exactly what it holds (whitespace and quotes included). Skip or default empty values; for decimals use float() then int(); strip other characters or report which line is bad."),
      ],
      code: () =>
        block("python", [
          "def to_int(text, default=None):",
          "    text = text.strip()",
          "    if not text:",
          "        return default",
          "    try:",
          "        return int(text)",
          "    except ValueError:",
          "        return int(float(text))  # '3.0' -> 3; still raises for non-numbers",
          "",
          'print(to_int(""), to_int(" 42 "), to_int("3.0"))',
        ]),
    },
    {
      title: t("逐行读取数据时记录出错的位置", "Report where the bad value is when reading data line by line"),
      steps: [
        t("捕获 ValueError 时把行号和原始内容一起打印出来，修正数据源，而不是静默跳过。", "When catching ValueError, print the line number and the raw text together, and fix the data source rather than skipping silently."),
      ],
      code: () =>
        block("python", [
          'lines = ["1", "", "x3"]',
          "for lineno, line in enumerate(lines, start=1):",
          "    try:",
          "        value = int(line)",
          "    except ValueError:",
          '        print(f"line {lineno}: not an integer: {line!r}")',
        ]),
    },
  ],
  docs: ["https://docs.python.org/3/library/functions.html#int", "https://www.python.org/pipermail/python-list/2023-May/910683.html"],
  samples: [
    {
      text: "ValueError: invalid literal for int() with base 10: '55063.000000'",
      source: "https://github.com/ofvera/Tarea7/issues/25",
    },
  ],
});
