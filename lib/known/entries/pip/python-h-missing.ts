import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pip.python-h-missing",
  category: "dependency.install",
  // More specific than the generic missing-header entry: Python.h comes from the Python dev package.
  priority: 1,
  match: [/fatal error: (?:python[\d.]{0,5}\/)?Python\.h: No such file or directory/],
  title: t("编译 Python C 扩展缺少 Python 头文件（Python.h）", "Compiling a Python C extension needs the Python headers (Python.h)"),
  summary: t(
    "pip 在本机从源码编译一个 C 扩展，编译器找不到 Python.h。这个头文件属于 Python 的开发包（Debian/Ubuntu 上是 python3-dev，Fedora/CentOS 上是 python3-devel），系统 Python 默认不带。",
    "pip is compiling a C extension from source and the compiler cannot find Python.h. That header ships in Python's development package (python3-dev on Debian/Ubuntu, python3-devel on Fedora/CentOS), which the system Python does not include by default.",
  ),
  causes: [
    t("没有安装与当前解释器版本对应的 Python 开发包", "the Python development package for this interpreter version is not installed"),
    t("该包没有适合你的 Python 版本/平台的预编译轮子，所以要从源码编译", "the package has no prebuilt wheel for your Python version/platform, so it is compiled from source"),
  ],
  solutions: [
    {
      title: t("安装对应版本的 Python 开发包", "Install the matching Python development package"),
      steps: [t("包名要与运行 pip 的 Python 版本一致（例如用 python3.11 时装 python3.11-dev）。", "The package must match the Python that runs pip (python3.11-dev when you use python3.11, for example).")],
      code: () => block("bash", ["python3 --version", "sudo apt-get install python3-dev  # Debian/Ubuntu", "# sudo dnf install python3-devel  # Fedora/CentOS/RHEL"]),
    },
    {
      title: t("或者换一个有预编译轮子的版本", "Or use a version that has prebuilt wheels"),
      steps: [t("升级报错的包，或换成它发布了轮子的 Python 版本，就不需要本地编译。", "Upgrading the failing package, or using a Python version it ships wheels for, avoids compiling locally.")],
    },
  ],
  docs: ["https://github.com/awahlig/python-pcre/issues/8", "https://github.com/mining/mining/issues/274", "https://github.com/uoip/g2opy/issues/36"],
  samples: [
    {
      text: "fatal error: Python.h: No such file or directory\n      177 | #include \"Python.h\"\n          |          ^~~~~~~~~~\n    compilation terminated.\n    error: command 'gcc' failed with exit status 1",
      source: "https://github.com/andriyor/ghtopdep/pull/4",
    },
  ],
});
