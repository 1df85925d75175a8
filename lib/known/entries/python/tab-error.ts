import { block, defineKnownError, shq, t } from "../../define";

export default defineKnownError({
  id: "python.tab-error",
  category: "code.syntax",
  match: [
    /File "(?<file>[^"\n]{1,200})", line (?<line>\d{1,7})\n[\s\S]{0,400}?TabError: inconsistent use of tabs and spaces in indentation/,
    /TabError: inconsistent use of tabs and spaces in indentation/,
  ],
  title: (c) =>
    c.g.file
      ? t(`${c.g.file} 第 ${c.g.line} 行附近的缩进混用了制表符和空格`, `Indentation around ${c.g.file} line ${c.g.line} mixes tabs and spaces`)
      : t("缩进里混用了制表符和空格", "Indentation mixes tabs and spaces"),
  summary: t(
    "Python 3 不允许在同一段代码块里混用制表符（Tab）和空格来缩进：当缩进的含义取决于一个 Tab 算几个空格时，直接按语法错误拒绝。报错指出的那一行（或它所在的代码块）两种字符都有；编辑器里看起来对齐，并不代表字符相同。",
    "Python 3 rejects indentation that mixes tabs and spaces in a way whose meaning depends on how wide a tab is, as a syntax error. The reported line (or its block) contains both; looking aligned in an editor does not mean the characters are the same.",
  ),
  causes: [
    t("代码从不同来源复制粘贴，或多人用不同的编辑器设置修改过", "code pasted from different sources, or edited by people with different editor settings"),
    t("旧的 Python 2 代码（Python 2 对混用更宽容）", "old Python 2 code (Python 2 tolerated the mix)"),
  ],
  solutions: [
    {
      title: t("把整个文件的缩进统一成空格", "Convert the whole file's indentation to spaces"),
      steps: [
        t(
          "PEP 8 建议每级 4 个空格。多数编辑器有“将缩进转换为空格”的命令（VS Code：命令面板 → Convert Indentation to Spaces）；用 tabnanny 找出有问题的行。",
          "PEP 8 recommends 4 spaces per level. Most editors can convert indentation to spaces (VS Code: Command Palette → Convert Indentation to Spaces); tabnanny points out the offending lines.",
        ),
      ],
      code: (c) => (c.g.file ? block("bash", [`python -m tabnanny -v ${shq(c.g.file)}`]) : null),
    },
  ],
  docs: ["https://github.com/tiepvupsu/zalo_landmark/issues/2", "https://github.com/lexical/ibus-array/pull/10"],
  samples: [
    {
      text: 'File "breacher.py", line 69\n    if \'asp\' in type:\n                    ^\nTabError: inconsistent use of tabs and spaces in indentation',
      source: "https://github.com/s0md3v/Breacher/issues/17",
    },
  ],
});
