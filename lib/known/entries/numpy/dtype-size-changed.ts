import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "numpy.dtype-size-changed",
  category: "code.value",
  match: [/numpy\.(?<obj>dtype|ndarray) size changed, may indicate binary incompatibility\. Expected (?<header>\d{1,4}) from C header, got (?<runtime>\d{1,4}) from PyObject/],
  title: t("某个编译扩展与当前安装的 NumPy 二进制不兼容", "A compiled extension is binary-incompatible with the installed NumPy"),
  summary: (c) =>
    t(
      `一个用 Cython / C 编译的包（pandas、scikit-learn 等，或项目自带的扩展）在导入时检查 numpy.${c.g.obj} 的内存布局：编译时的 NumPy 头文件说是 ${c.g.header} 字节，运行时的 NumPy 实际是 ${c.g.runtime} 字节。说明它是针对另一个 NumPy 版本编译的。2024 年 NumPy 2.0 发布后，最常见的情形是装了 NumPy 2，而某个包的版本只支持 NumPy 1.x。`,
      `A package compiled with Cython / C (pandas, scikit-learn, … or the project's own extension) checks numpy.${c.g.obj}'s memory layout on import: the NumPy headers it was built with say ${c.g.header} bytes, the NumPy at runtime has ${c.g.runtime}. It was built against a different NumPy version. Since NumPy 2.0 came out in 2024, the usual case is NumPy 2 installed alongside a package version that only supports NumPy 1.x.`,
    ),
  causes: [
    t("requirements 固定了旧版 pandas 等包，却没有固定 numpy，于是装上了 NumPy 2", "requirements pin an old pandas (or similar) but not numpy, so NumPy 2 got installed"),
    t("NumPy 被降级 / 升级后，没有重新安装依赖它的编译包", "NumPy was downgraded / upgraded without reinstalling the compiled packages that depend on it"),
  ],
  solutions: [
    {
      title: t("看清版本，再让 NumPy 与出错的包匹配", "Check versions, then make NumPy and the failing package match"),
      steps: [
        t(
          "回溯里最后一个 site-packages 下的包就是出错的扩展。NumPy 是 2.x 时：升级那个包到支持 NumPy 2 的版本，或固定 numpy<2（项目维护者常用的做法）。NumPy 是较旧的 1.x 时：升级 numpy。",
          "The last package under site-packages in the traceback is the failing extension. If NumPy is 2.x: upgrade that package to a release supporting NumPy 2, or pin numpy<2 (what project maintainers commonly do). If NumPy is an old 1.x: upgrade numpy.",
        ),
      ],
      code: () => block("bash", ['python -c "import numpy; print(numpy.__version__)"', "python -m pip list", 'python -m pip install "numpy<2"  # if the failing package has no NumPy 2 release yet']),
    },
  ],
  docs: ["https://github.com/ONSdigital/csvcubed/issues/913", "https://github.com/refraction-ray/xalpha/pull/189", "https://github.com/mjhydri/BeatNet/issues/6"],
  samples: [
    {
      text: "ValueError: numpy.dtype size changed, may indicate binary incompatibility. Expected 96 from C header, got 88 from PyObject",
      source: "https://github.com/absadiki/subsai/pull/139",
    },
  ],
});
