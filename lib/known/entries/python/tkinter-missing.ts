import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.tkinter-missing",
  category: "dependency.missing",
  match: [/No module named '_?tkinter'/],
  title: t("这个 Python 没有编译/安装 Tk 支持（tkinter）", "This Python was built or installed without Tk support (tkinter)"),
  summary: t(
    "tkinter 是标准库，但它依赖 C 扩展 _tkinter 和系统的 Tcl/Tk 库，不能用 pip 安装。Homebrew 把它拆成单独的 python-tk 公式，Debian/Ubuntu 拆成 python3-tk 包；用 pyenv 等从源码编译的 Python，如果编译时找不到 Tcl/Tk，也会缺这个模块。",
    "tkinter is part of the standard library, but it needs the C extension _tkinter and the system Tcl/Tk libraries, and cannot be installed with pip. Homebrew splits it into a separate python-tk formula and Debian/Ubuntu into the python3-tk package; a Python compiled from source (pyenv and similar) also lacks it if Tcl/Tk was not found at build time.",
  ),
  causes: [
    t("macOS 上用 Homebrew 安装的 Python 没有装对应版本的 python-tk", "a Homebrew Python on macOS without the matching python-tk formula"),
    t("Debian/Ubuntu 上没有安装 python3-tk", "python3-tk is not installed on Debian/Ubuntu"),
    t("pyenv 编译 Python 时系统里没有 Tcl/Tk 开发文件", "pyenv compiled Python while the Tcl/Tk development files were missing"),
  ],
  solutions: [
    {
      title: t("安装系统的 Tk 组件（不要用 pip）", "Install the system Tk component (not with pip)"),
      steps: [t("按你的 Python 来源选择一条；Homebrew 的公式名带 Python 小版本号（如 python-tk@3.11）。", "Pick the line that matches where your Python came from; the Homebrew formula carries the minor version (e.g. python-tk@3.11).")],
      code: () => block("bash", ["brew install python-tk        # Homebrew Python on macOS", "# sudo apt-get install python3-tk   # Debian/Ubuntu", "python3 -m tkinter  # opens a small test window when Tk works"]),
    },
    {
      title: t("pyenv 编译的 Python：先装 Tcl/Tk 再重新编译", "Python built by pyenv: install Tcl/Tk, then rebuild"),
      steps: [t("macOS 上先 brew install tcl-tk，Linux 上安装 tk 开发包，然后用 pyenv 重新安装该 Python 版本。", "On macOS run brew install tcl-tk, on Linux install the tk development package, then reinstall that Python version with pyenv.")],
    },
  ],
  docs: ["https://github.com/pyenv/pyenv/issues/94", "https://github.com/halyph/mind-flow/issues/178", "https://github.com/MrLostInTheInternet/FluidPyPLC/issues/1"],
  samples: [
    {
      text: "  File \"/opt/homebrew/Cellar/python@3.10/3.10.9/Frameworks/Python.framework/Versions/3.10/lib/python3.10/tkinter/__init__.py\", line 37, in <module>\n    import _tkinter # If this fails your Python may not be configured for Tk\nModuleNotFoundError: No module named '_tkinter'",
      source: "https://github.com/Maxmad68/PyTouchBar/issues/11",
    },
  ],
});
