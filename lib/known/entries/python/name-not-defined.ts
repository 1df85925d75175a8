import { defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

/** Standard-library modules people most often use without importing (docs.python.org/3/library). */
const stdlib = new Set(["os", "sys", "re", "json", "time", "datetime", "math", "random", "traceback", "logging", "subprocess", "shutil", "pathlib", "collections", "itertools", "functools", "typing", "copy", "pickle", "csv", "glob", "argparse", "threading", "asyncio", "socket", "uuid", "hashlib", "base64", "string", "io", "tempfile", "struct", "platform", "signal", "warnings", "inspect"]);

export default defineKnownError({
  id: "python.name-not-defined",
  category: "code.name",
  priority: -1,
  match: [/NameError: name '(?<name>[A-Za-z_]\w{0,100})' is not defined/],
  title: (c) =>
    c.g.name && stdlib.has(c.g.name)
      ? t(`用到了模块 ${ic(c.g.name)}，但没有 import 它`, `Module ${ic(c.g.name)} is used without being imported`)
      : t(`名字 ${ic(c.g.name ?? "?")} 在这里没有定义`, `The name ${ic(c.g.name ?? "?")} is not defined here`),
  summary: (c) =>
    t(
      `Python 在当前作用域、外层作用域、全局和内置名字里都找不到 ${ic(c.g.name ?? "?")}。${c.g.name && stdlib.has(c.g.name) ? `它是标准库模块名：这个文件里缺少 import ${c.g.name}（在别的文件里导入过不算）。` : "名字要先赋值、定义或导入，才能使用。"}`,
      `Python found ${ic(c.g.name ?? "?")} in neither the local, enclosing, global nor built-in names. ${c.g.name && stdlib.has(c.g.name) ? `It is a standard-library module: this file lacks import ${c.g.name} (an import in another file does not count).` : "A name must be assigned, defined or imported before it is used."}`,
    ),
  causes: [
    (c) => (c.g.name && stdlib.has(c.g.name) ? t(`文件开头缺少 import ${c.g.name}`, `the file is missing import ${c.g.name} at the top`) : t("忘了导入：这个名字来自某个模块，但当前文件没有 import 它", "a missing import: the name comes from a module this file does not import")),
    t("拼写或大小写不一致（Python 区分大小写）", "a typo or different capitalisation (Python is case-sensitive)"),
    t("定义它的代码没有执行到：在 if 分支或 try 里定义、在函数里定义却在外面使用，或使用发生在定义之前", "the code defining it never ran: defined inside an if branch or try, inside another function, or after the line that uses it"),
  ],
  solutions: [
    {
      title: (c) => (c.g.name && stdlib.has(c.g.name) ? t(`在文件顶部加上 import ${c.g.name}`, `Add import ${c.g.name} at the top of the file`) : t("找到这个名字应该从哪里来，在使用前导入或定义它", "Find where the name should come from and import or define it before use")),
      steps: [
        t("回溯最后一帧给出了文件和行号。导入要写在使用它的那个文件里；消息末尾若有 Did you mean 提示，它给出了最接近的已定义名字。", "The last traceback frame gives the file and line. The import belongs in the file that uses the name; when the message ends with a Did you mean hint, it names the closest defined name."),
      ],
    },
    ...categorySolutions("code.name"),
  ],
  docs: ["https://docs.python.org/3/library/exceptions.html#NameError", "https://docs.python.org/3/tutorial/errors.html", "https://docs.python.org/3/reference/executionmodel.html#resolution-of-names"],
  samples: [
    {
      text: 'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n    4 + spam*3\n        ^^^^\nNameError: name \'spam\' is not defined',
      source: "https://docs.python.org/3/tutorial/errors.html",
    },
  ],
});
