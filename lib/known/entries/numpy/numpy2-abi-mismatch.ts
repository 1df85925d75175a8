import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "numpy.numpy2-abi-mismatch",
  category: "dependency.install",
  match: [/compiled using NumPy 1\.x cannot be run in\s+NumPy (?<ver>\d\.\d{1,2}\.\d{1,2})/, "_ARRAY_API not found"],
  title: (c) => t(`为 NumPy 1.x 编译的扩展模块不能在 NumPy ${c.g.ver ?? "2.x"} 上运行`, `An extension built for NumPy 1.x cannot run on NumPy ${c.g.ver ?? "2.x"}`),
  summary: (c) =>
    t(
      `环境里装的是 NumPy ${c.g.ver ?? "2.x"}，但某个带 C 扩展的包（traceback 里 import 它的那一行）是针对 NumPy 1.x 编译的。NumPy 的 ABI 只向前兼容：2.0 是第一个改变 ABI 的版本，旧二进制在 2.x 上会拒绝加载（随后常见 _ARRAY_API not found 或 numpy.core.multiarray failed to import）。`,
      `NumPy ${c.g.ver ?? "2.x"} is installed, but a package with a C extension (the import shown in the traceback) was compiled against NumPy 1.x. NumPy's ABI is only forward compatible, and 2.0 is the first release that changed it, so the old binary refuses to load (often followed by _ARRAY_API not found or numpy.core.multiarray failed to import).`,
    ),
  causes: [
    t("安装别的包时 pip 把 numpy 升到了 2.x，而已装的 opencv、numexpr、pandas、scipy 等旧二进制还是按 1.x 编译的", "pip upgraded numpy to 2.x while installing something else, and already-installed binaries (opencv, numexpr, pandas, scipy …) were built for 1.x"),
    t("该包还没有发布针对 NumPy 2 编译的版本", "the package has no release built against NumPy 2 yet"),
  ],
  solutions: [
    {
      title: t("升级出错的那个包", "Upgrade the package that fails to import"),
      steps: [t("找到 traceback 中最先 import 失败的第三方包，升级到支持 NumPy 2 的版本（针对 NumPy 2 编译的轮子同时兼容 1.x 和 2.x）。", "Find the first third-party package whose import fails in the traceback and upgrade it to a release that supports NumPy 2 (wheels built against NumPy 2 work with both 1.x and 2.x).")],
    },
    {
      title: t("或者把 NumPy 降到 2 以下", "Or downgrade NumPy below 2"),
      steps: [t("消息本身给出的最快办法：在同一环境里安装 numpy<2，并在 requirements 里固定，防止再被升级。", "The quickest fix the message itself suggests: install numpy<2 in the same environment and pin it in your requirements so it is not upgraded again.")],
      code: () => block("bash", ['python -m pip install "numpy<2"', 'python -c "import numpy; print(numpy.__version__)"']),
    },
    {
      title: t("自己编译的扩展：用 NumPy 2 重新编译", "Your own extension: rebuild it against NumPy 2"),
      steps: [t("用 NumPy ≥ 2.0 作为构建依赖重新编译（pybind11 需 ≥ 2.12），得到的二进制同时支持 1.x 和 2.x。", "Rebuild with NumPy ≥ 2.0 as the build dependency (pybind11 ≥ 2.12); the result supports both 1.x and 2.x.")],
    },
  ],
  docs: ["https://numpy.org/devdocs/dev/depending_on_numpy.html", "https://numpy.org/devdocs/user/troubleshooting-importerror.html#c-api-incompatibility"],
  samples: [
    {
      text: "A module that was compiled using NumPy 1.x cannot be run in\nNumPy 2.2.3 as it may crash. To support both 1.x and 2.x\nversions of NumPy, modules must be compiled with NumPy 2.0.\nSome module may need to rebuild instead e.g. with 'pybind11>=2.12'.\n\nIf you are a user of the module, the easiest solution will be to\ndowngrade to 'numpy<2' or try to upgrade the affected module.\nWe expect that some modules will need time to support NumPy 2.",
      source: "https://github.com/cfs-energy/cfspopcon/issues/120",
    },
  ],
});
