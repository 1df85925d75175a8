import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "numpy.c-api-version-mismatch",
  category: "dependency.install",
  match: [/module compiled against (?:ABI|API) version (?<built>0x[0-9a-f]{1,4}) but this version of numpy is (?<have>0x[0-9a-f]{1,4})/i],
  title: t("扩展模块编译时用的 NumPy 比当前安装的新", "An extension was compiled against a newer NumPy than the one installed"),
  summary: (c) =>
    t(
      `某个带 C 扩展的包是针对 C-API 版本 ${c.g.built ?? "较新"} 的 NumPy 编译的，而当前安装的 NumPy 只提供 ${c.g.have ?? "更旧的版本"}。NumPy 的 ABI 只向前兼容：针对新版编译的二进制不能在旧版 NumPy 上运行，于是 import 失败（常接着 numpy.core.multiarray failed to import）。`,
      `A package with a C extension was compiled against NumPy C-API version ${c.g.built ?? "(newer)"}, but the installed NumPy only provides ${c.g.have ?? "an older one"}. NumPy's ABI is only forward compatible: a binary built against a newer NumPy cannot run on an older one, so the import fails (often followed by numpy.core.multiarray failed to import).`,
    ),
  causes: [
    t("环境里的 numpy 被降级或固定在旧版本，而其他包的轮子是针对更新的 NumPy 构建的", "numpy was downgraded or pinned to an old version while other packages' wheels were built against a newer NumPy"),
    t("同一台机器上有多个 NumPy（系统包、conda、pip --user），运行时加载到了旧的那个", "several NumPy installs coexist (system package, conda, pip --user) and the old one is loaded at run time"),
  ],
  solutions: [
    {
      title: t("把 NumPy 升级到不低于编译时的版本", "Upgrade NumPy to at least the build-time version"),
      steps: [t("在报错的同一个解释器里升级 numpy，然后确认加载的是哪一份。", "Upgrade numpy with the same interpreter that fails, then check which copy gets loaded.")],
      code: () => block("bash", ["python -m pip install --upgrade numpy", 'python -c "import numpy; print(numpy.__version__, numpy.__file__)"']),
    },
    {
      title: t("或者重装出错的包，让它匹配当前 NumPy", "Or reinstall the failing package to match the current NumPy"),
      steps: [t("必须固定旧 NumPy 时，安装该包与之对应的旧版本（或从源码按当前 NumPy 重新编译）。", "If you must keep the old NumPy, install the release of that package built for it (or rebuild it from source against the current NumPy).")],
    },
  ],
  docs: ["https://numpy.org/devdocs/user/troubleshooting-importerror.html#c-api-incompatibility", "https://numpy.org/devdocs/dev/depending_on_numpy.html"],
  samples: [
    {
      text: "RuntimeError: module compiled against API version 0xa but this version of numpy is 0x9\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nImportError: numpy.core.multiarray failed to import",
      source: "https://github.com/mapillary/OpenSfM/issues/362",
    },
  ],
});
