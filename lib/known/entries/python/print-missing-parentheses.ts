import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.print-missing-parentheses",
  category: "code.syntax",
  match: [/Missing parentheses in call to '(?<fn>print|exec)'(?:\. Did you mean (?<hint>[^\n]{1,200}))?/],
  title: t("这是 Python 2 写法的代码，正在用 Python 3 运行", "This is Python 2 code being run by Python 3"),
  summary: (c) =>
    t(
      `Python 2 里 ${c.g.fn} 是语句（${c.g.fn} "x"），Python 3 里它是函数，必须写成 ${c.g.fn}("x")。报错说明这份代码（或它导入的某个文件）是为 Python 2 写的。Python 2 已于 2020 年 1 月 1 日停止支持，这种代码里往往还有其他不兼容之处。`,
      `In Python 2 ${c.g.fn} was a statement (${c.g.fn} "x"); in Python 3 it is a function and must be written ${c.g.fn}("x"). The error shows this code (or a file it imports) was written for Python 2. Python 2 support ended on January 1, 2020, and such code usually has other incompatibilities too.`,
    ),
  causes: [
    t("运行的项目或脚本是为 Python 2 写的", "the project or script was written for Python 2"),
    t("安装了一个只支持 Python 2 的旧版依赖", "an old, Python 2-only version of a dependency is installed"),
  ],
  solutions: [
    {
      title: t("找支持 Python 3 的版本，或把代码移植到 Python 3", "Find a Python 3 version, or port the code to Python 3"),
      steps: [
        t(
          "先看项目是否有 Python 3 的新版本或分支；出错的是依赖包时，升级它。自己移植时，把 print x 改成 print(x)，并继续处理之后暴露出的其他 Python 2 写法。",
          "First check whether the project has a newer Python 3 release or branch; if a dependency fails, upgrade it. When porting yourself, change print x to print(x) and keep fixing the other Python 2 constructs that surface next.",
        ),
      ],
    },
  ],
  docs: ["https://github.com/magsol/pybot/issues/5", "https://github.com/tensorflow/tensorflow/releases/tag/v2.1.0"],
  samples: [
    {
      text: '  File "./apt2.py", line 20\n    print "*** print_tb:"\n                        ^\nSyntaxError: Missing parentheses in call to \'print\'. Did you mean print("*** print_tb:")?',
      source: "https://github.com/tatanus/apt2/issues/1",
    },
  ],
});
