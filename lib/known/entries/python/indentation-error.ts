import { defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "python.indentation-error",
  category: "code.syntax",
  match: [
    /File "(?<file>[^"\n]{1,300})", line (?<line>\d{1,7})\n[\s\S]{0,400}?IndentationError: (?<what>unexpected indent|expected an indented block|unindent does not match any outer indentation level)/,
    /IndentationError: (?<what>unexpected indent|expected an indented block|unindent does not match any outer indentation level)/,
  ],
  title: (c) => {
    const where = c.g.file ? ` (${c.g.file}:${c.g.line})` : "";
    if (c.g.what === "unexpected indent") return t(`这一行缩进多了，Python 没想到这里会有缩进${where}`, `This line is indented where Python expects no new block${where}`);
    if (c.g.what === "expected an indented block") return t(`冒号后面应该跟一个缩进的代码块，但没有${where}`, `A colon must be followed by an indented block, and none is there${where}`);
    return t(`取消缩进后没有回到外层任何一级缩进${where}`, `The dedent does not line up with any outer indentation level${where}`);
  },
  summary: (c) => {
    if (c.g.what === "unexpected indent")
      return t(
        "Python 用缩进表示代码块。只有在 if/for/def/class 等以冒号结尾的语句之后才能开始新的缩进层级；报错的那一行比上一行缩进得更深，但上一行并没有开启代码块。",
        "Python marks blocks by indentation. A deeper level may only start after a statement ending in a colon (if/for/def/class…); the reported line is indented deeper than the one before it, which opens no block.",
      );
    if (c.g.what === "expected an indented block")
      return t(
        "以冒号结尾的语句（if/for/def/class/try…）后面必须至少有一行缩进的语句；这里下一行没有缩进（或块是空的）。",
        "A statement ending in a colon (if/for/def/class/try…) must be followed by at least one indented statement; here the next line is not indented (or the block is empty).",
      );
    return t(
      "减少缩进时，新的缩进宽度必须和外层某一级完全相同；这一行的缩进宽度介于两级之间，常见于混用了 Tab 和空格，或多删/少删了空格。",
      "When indentation decreases, the new width must equal some outer level exactly; this line sits between two levels, usually from mixed tabs and spaces or a space too many or too few.",
    );
  },
  causes: [
    t("复制粘贴的代码带来了多余或不一致的前导空白", "pasted code brought extra or inconsistent leading whitespace"),
    t("同一文件混用了 Tab 和空格（编辑器里看起来对齐，字符却不同）", "the file mixes tabs and spaces (aligned in the editor, different characters)"),
    t("删掉或注释掉了块里唯一的语句，留下空的 if/def/for（需要写 pass）", "the only statement of a block was deleted or commented out, leaving an empty if/def/for (it needs pass)"),
  ],
  solutions: [
    {
      title: t("到报错的行号检查缩进，并统一用 4 个空格", "Go to the reported line, fix its indentation, and use 4 spaces throughout"),
      steps: [
        t("报错的文件和行号就是出问题的位置（有时是它上一行）。让编辑器显示空白字符，把整个文件的缩进转换为空格；空代码块写 pass。", "The reported file and line are where it breaks (sometimes the line above). Make the editor show whitespace, convert the whole file's indentation to spaces, and put pass in empty blocks."),
        t("代码来自第三方项目时，多半是该版本本身有误：更新到修复后的版本或向作者报告。", "If the code is a third-party project's, that version is likely broken itself: update to a fixed release or report it."),
      ],
    },
    ...categorySolutions("code.syntax"),
  ],
  docs: ["https://docs.python.org/3/library/exceptions.html#IndentationError", "https://docs.python.org/3/reference/lexical_analysis.html#indentation"],
  samples: [
    {
      text: 'Traceback (most recent call last):\n  File "RegisterDevice.py", line 4, in <module>\n    from Reader import get_devices\n  File "/home/pi/RPi-Jukebox-RFID/scripts/Reader.py", line 32\n    def __init__(self):\n    ^\nIndentationError: unexpected indent',
      source: "https://github.com/MiczFlor/RPi-Jukebox-RFID/issues/412",
    },
  ],
});
