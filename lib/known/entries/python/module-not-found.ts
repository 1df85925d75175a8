import { block, defineKnownError, ic, t } from "../../define";
import { pipPackageFor } from "@/lib/report/packages";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "python.module-not-found",
  category: "dependency.missing",
  // Entries for a named module (removed stdlib modules, tkinter, libGL, renamed SDK paths) outrank this one.
  priority: -2,
  match: [/ModuleNotFoundError: No module named '(?<mod>[\w.]{1,100})'/],
  title: (c) => {
    const mod = c.g.mod ?? "?";
    const pkg = c.g.mod ? pipPackageFor(c.g.mod) : null;
    return pkg ? t(`当前 Python 环境里没有模块 ${ic(mod)}（安装包 ${ic(pkg)}）`, `Module ${ic(mod)} is not installed in the running Python environment (package ${ic(pkg)})`) : t(`当前 Python 环境里没有模块 ${ic(mod)}`, `Module ${ic(mod)} is not installed in the running Python environment`);
  },
  summary: (c) =>
    t(
      `import ${c.g.mod ?? "?"} 时，Python 在当前解释器的 sys.path（标准库、它自己的 site-packages、当前目录）里都没找到这个模块。包通常是装了，但装进了另一个 Python（另一个虚拟环境、conda 环境或系统 Python）。`,
      `While importing ${c.g.mod ?? "?"}, Python found the module nowhere on the running interpreter's sys.path (the standard library, its own site-packages, the current directory). Often the package is installed, but into another Python (another virtualenv, conda env or the system Python).`,
    ),
  causes: [
    t("包没有安装在运行这段代码的解释器里：pip 对应的是另一个 Python（pip 报 Requirement already satisfied 却仍然报错就是这种情况）", "the package is not installed for the interpreter that runs the code: pip belongs to another Python (pip saying Requirement already satisfied while the error persists is this case)"),
    t("虚拟环境/conda 环境没有激活，或 IDE 选择了另一个解释器", "the virtualenv/conda env is not activated, or the IDE uses another interpreter"),
    t("PyPI 上的包名和 import 名不同，装成了别的包；或模块名拼错", "the PyPI name differs from the import name and another package was installed; or the module name is misspelled"),
  ],
  solutions: [
    {
      title: t("用运行代码的同一个解释器安装", "Install with the same interpreter that runs the code"),
      steps: [t("先打印 sys.executable 确认是哪个 Python，再用“那个 Python -m pip install 包名”安装，而不是直接用 pip 命令。", "Print sys.executable to see which Python runs the code, then install with “that python -m pip install package” rather than a bare pip command.")],
      code: () => block("bash", ['python -c "import sys; print(sys.executable)"', "python -m pip --version"]),
    },
    ...categorySolutions("dependency.missing"),
  ],
  docs: ["https://docs.python.org/3/library/exceptions.html#ModuleNotFoundError", "https://packaging.python.org/en/latest/tutorials/installing-packages/#ensure-you-can-run-pip-from-the-command-line", "https://github.com/Voldrix/onlyfans-dl-2/issues/37"],
  samples: [
    {
      text: 'Traceback (most recent call last):\n  File "GSU.py", line 3, in <module>\n    import requests\nModuleNotFoundError: No module named \'requests\'',
      source: "https://github.com/Rikka-Sei/GithubSpeedUp/issues/4",
    },
  ],
});
