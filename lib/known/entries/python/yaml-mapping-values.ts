import { defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "python.yaml-mapping-values",
  category: "data.parse",
  match: [
    /mapping values are not allowed (?:here|in this context)(?:\s{1,10}in "(?<file>[^"\n]{1,300})", line (?<line>\d{1,7}), column (?<col>\d{1,5}))?/,
  ],
  title: (c) =>
    c.g.file
      ? t(`YAML 语法错误：${c.g.file} 第 ${c.g.line} 行第 ${c.g.col} 列出现了不该有的 “: ”`, `YAML syntax error: an unexpected “: ” at ${c.g.file} line ${c.g.line}, column ${c.g.col}`)
      : t("YAML 语法错误：出现了不该有的键值分隔符 “: ”", "YAML syntax error: an unexpected key separator “: ”"),
  summary: t(
    "YAML 解析器在一个不能开始新键值对的位置遇到了 “冒号+空格”：它把那里当成又一个 “键: 值”，但当前位置已经在一个值里面。报错的行列号指向那个冒号。",
    "The YAML parser met “colon + space” where no new key/value pair can start: it reads it as another “key: value”, but it is already inside a value. The reported line and column point at that colon.",
  ),
  causes: [
    t("一个没有加引号的值里含有 “: ”（例如命令、URL 说明、带冒号的文本），需要用引号包起来", "an unquoted value contains “: ” (a command, a description, text with a colon) and must be quoted"),
    t("缩进错了：本应嵌套在上一个键下面的行缩进不对，变成了同一行值的延续", "wrong indentation: a line meant to nest under the previous key is indented so it continues a value instead"),
    t("文件根本不是纯 YAML：下载到的是 HTML 页面，或复制时带进了不合法的注释/制表符", "the file is not plain YAML at all: an HTML page was downloaded instead of the raw file, or the copy brought invalid comments/tabs"),
  ],
  solutions: [
    {
      title: (c) => (c.g.line ? t(`打开文件看第 ${c.g.line} 行第 ${c.g.col} 列的冒号`, `Open the file at line ${c.g.line}, column ${c.g.col}`) : t("找到报错位置的冒号", "Find the colon at the reported position")),
      steps: [
        t("值里要有 “: ” 就给整个值加引号（'...' 或 \"...\"）；检查该行与上一行的缩进是否都用空格、层级是否正确。可以用 yamllint 或在线 YAML 校验器定位。", "If a value must contain “: ”, quote the whole value ('...' or \"...\"); check that this line and the one above use spaces and the right nesting. yamllint or a YAML validator pinpoints it."),
        (c) => (c.g.file ? t(`确认 ${ic(c.g.file)} 是原始文本文件，而不是网页另存下来的 HTML。`, `Make sure ${ic(c.g.file)} is the raw text file, not a saved HTML page.`) : null),
      ],
    },
    ...categorySolutions("data.parse"),
  ],
  docs: ["https://yaml.org/spec/1.2.2/#733-plain-style", "https://github.com/Ubiquiti-App/UCRM/issues/2"],
  samples: [
    { text: 'ERROR: yaml.scanner.ScannerError: mapping values are not allowed here\n  in "./docker-compose.yml", line 4, column 22', source: "https://github.com/hobbit-project/platform/issues/12" },
  ],
});
