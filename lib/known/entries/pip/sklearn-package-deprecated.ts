import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pip.sklearn-package-deprecated",
  category: "dependency.install",
  match: ["The 'sklearn' PyPI package is deprecated, use 'scikit-learn'"],
  title: t("PyPI 上的 sklearn 包已弃用，应安装 scikit-learn", "The sklearn package on PyPI is deprecated: install scikit-learn"),
  summary: t(
    "sklearn 只是导入名（import sklearn），真正的包名是 scikit-learn。PyPI 上的 sklearn 包只是 scikit-learn 团队占着这个名字、防止被恶意抢注的空壳，现在安装它会故意报错。某处（命令、requirements.txt、setup.py 或某个依赖）写的是 sklearn。",
    "sklearn is only the import name (import sklearn); the package is called scikit-learn. The sklearn package on PyPI is a placeholder the scikit-learn team holds so that nobody malicious can take the name, and installing it now fails on purpose. Somewhere — the command, requirements.txt, setup.py or a dependency — says sklearn.",
  ),
  causes: [
    t("安装命令或 requirements 文件里写的是 sklearn", "the install command or a requirements file says sklearn"),
    t("某个依赖包在自己的依赖声明里写了 sklearn", "a dependency declares sklearn in its own requirements"),
  ],
  solutions: [
    {
      title: t("改为安装 scikit-learn", "Install scikit-learn instead"),
      steps: [
        t(
          "同时把 requirements.txt / setup.py / pyproject.toml 等文件里的 sklearn 改成 scikit-learn；代码里的 import sklearn 不用改。",
          "Also change sklearn to scikit-learn in requirements.txt / setup.py / pyproject.toml and the like; import sklearn in code stays as it is.",
        ),
      ],
      code: () => block("bash", ["python -m pip install scikit-learn"]),
    },
    {
      title: t("来自某个依赖：向它报告，最后手段才用环境变量放行", "If a dependency asks for it: report it upstream, and use the escape hatch only as a last resort"),
      steps: [
        t(
          "这是报错本身给出的建议：找出是哪个包依赖了 sklearn，到它的仓库报告；实在无法绕开时，设置 SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL=True 后再安装。",
          "This is the error's own advice: find which package depends on sklearn and report it to that project; if there is truly no way around it, set SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL=True and install again.",
        ),
      ],
      code: () => block("bash", ["SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL=True python -m pip install -r requirements.txt"]),
    },
  ],
  docs: ["https://github.com/scikit-learn/sklearn-pypi-package", "https://github.com/scikit-learn/sklearn-pypi-package/issues/12"],
  samples: [
    {
      text: "Collecting sklearn\n  Downloading sklearn-0.0.post5.tar.gz (3.7 kB)\n  Preparing metadata (setup.py) ... error\n  error: subprocess-exited-with-error\n  \n  × python setup.py egg_info did not run successfully.\n  │ exit code: 1\n  ╰─> [18 lines of output]\n      The 'sklearn' PyPI package is deprecated, use 'scikit-learn'\n      rather than 'sklearn' for pip commands.",
      source: "https://github.com/zju3dv/neuralbody/issues/145",
    },
  ],
});
