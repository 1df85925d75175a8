import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.distutils-removed",
  category: "dependency.missing",
  match: [/No module named ['"]?distutils(?:\.[\w.]{1,60})?['"]?/],
  title: t("Python 3.12 已移除 distutils", "distutils was removed in Python 3.12"),
  summary: t(
    "distutils 在 Python 3.10 被弃用（PEP 632），3.12 起从标准库删除；还在 import distutils 的代码（你的、某个依赖的，或构建环境里旧版 setuptools 的）在 3.12+ 上就会报这个错。另外 3.12 的 venv 不再预装 setuptools。",
    "distutils was deprecated in Python 3.10 (PEP 632) and removed from the standard library in 3.12; code that still imports it (yours, a dependency's, or an old setuptools in a build environment) fails on 3.12+. Venvs created by 3.12 also no longer pre-install setuptools.",
  ),
  causes: [
    t("某个依赖（或你的代码）仍在用 distutils，常见如 from distutils.version import LooseVersion", "a dependency (or your code) still uses distutils, typically from distutils.version import LooseVersion"),
    t("3.12 的虚拟环境里没有 setuptools，而 setuptools 自带一份 distutils 兼容层", "the 3.12 virtual environment has no setuptools, which is what still ships a distutils shim"),
    t("安装时构建环境里拿到的是旧版 setuptools，它本身还 import distutils", "the isolated build environment picked an old setuptools that itself imports distutils"),
  ],
  solutions: [
    {
      title: t("在同一环境里安装 setuptools", "Install setuptools into the same environment"),
      steps: [t("官方的迁移说明：无法马上改代码的项目可以安装 setuptools，它仍然提供 distutils。", "The official advice for projects that cannot be changed right away: install setuptools, which still provides distutils.")],
      code: () => block("bash", ["python -m pip install --upgrade setuptools", 'python -c "import distutils; print(distutils.__file__)"']),
    },
    {
      title: t("升级报错的依赖", "Upgrade the dependency that imports it"),
      steps: [t("看 traceback 里 import distutils 的那一帧属于哪个包，升级到支持 Python 3.12 的版本。", "Find which package owns the frame that imports distutils in the traceback and upgrade it to a release that supports Python 3.12.")],
    },
    {
      title: t("自己的代码：换成替代模块", "In your own code: use the replacements"),
      steps: [t("按 PEP 632 的迁移建议：版本比较用 packaging.version，路径和编译配置用 sysconfig，打包用 setuptools。", "Follow PEP 632's migration advice: packaging.version for version comparison, sysconfig for paths and build configuration, setuptools for packaging.")],
      code: () => block("python", ["from packaging.version import Version", "", 'print(Version("3.12.1") >= Version("3.12"))']),
    },
    {
      title: t("或者暂时用 Python 3.11", "Or stay on Python 3.11 for now"),
      steps: [t("3.11 是最后一个带 distutils 的版本；依赖还没适配时可以先用它。", "3.11 is the last version that ships distutils; use it until the dependency is fixed.")],
    },
  ],
  docs: ["https://peps.python.org/pep-0632/#migration-advice", "https://github.com/python/cpython/issues/99061", "https://github.com/python/cpython/pull/109768"],
  samples: [
    {
      text: "Error reported from _gsprint.py:487\n    from distutils.version import LooseVersion\nModuleNotFoundError: No module named 'distutils'",
      source: "https://gitlab.com/pdftools/python-ghostscript/-/issues/28",
    },
  ],
});
