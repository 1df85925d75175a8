import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pip.no-matching-version",
  category: "dependency.install",
  // Only the variant with a version list: "(from versions: none)" is usually a network or index problem.
  match: [/Could not find a version that satisfies the requirement (?<req>[^\s()]{1,200}) \(from versions: (?<versions>\d[^)\n]{0,3000})\)/],
  title: (c) => t(`没有与当前环境匹配的 ${c.g.req ?? "所需版本"}`, `No release matching ${c.g.req ?? "the requirement"} is available for this environment`),
  summary: (c) =>
    t(
      `括号里列出的是 pip 在索引中找到、且能装在当前 Python 版本和平台上的全部版本；你要求的 ${c.g.req ?? "版本"} 不在其中。通常是这个版本没有为你的 Python 版本/操作系统/CPU 架构发布安装包，或者它只在另一个索引上（例如带 +cu118 这类后缀的 PyTorch 轮子）。`,
      `The list in parentheses is every version pip found on the index that can install on this Python version and platform; ${c.g.req ?? "the requested version"} is not among them. Usually that release was never built for your Python version / OS / CPU architecture, or it lives on another index (PyTorch wheels with a +cu118-style suffix, for example).`,
    ),
  causes: [
    (c) => (c.f.has(/Ignored the following versions that require a different python version/) ? t("日志里 “Ignored the following versions that require a different python version” 说明：你要的版本声明了 Requires-Python，而当前 Python 不在范围内", "The log line \"Ignored the following versions that require a different python version\" says the version you want declares a Requires-Python range that excludes this Python") : null),
    t("Python 版本太新或太旧：该版本只为其他 Python 版本发布了轮子（很常见于钉死旧版本的 requirements）", "the Python version is too new or too old: that release only has wheels for other Pythons (common with old pinned requirements)"),
    t("要求的是带本地版本后缀的包（如 torch==x+cu118），它们只在项目自己的索引上，需要 --index-url / --extra-index-url", "a local-version build (torch==x+cu118) that only exists on the project's own index, which needs --index-url / --extra-index-url"),
    t("平台不对：例如在 ARM（Apple Silicon、树莓派）或 32 位 Python 上安装只发布了 x86_64 轮子的包", "the platform does not match: installing on ARM (Apple Silicon, Raspberry Pi) or a 32-bit Python a package that only ships x86_64 wheels"),
    t("版本号写错了（不存在的版本）", "a typo in the version (that release does not exist)"),
  ],
  solutions: [
    {
      title: t("从列表里选一个可用版本，或放宽版本约束", "Pick a version from the list, or loosen the constraint"),
      steps: [t("括号中的版本都是当前环境能装的；把 == 改成其中之一或改用范围约束。", "Every version in the parentheses installs here; change the == to one of them or use a range.")],
    },
    {
      title: t("换成该版本支持的 Python", "Use a Python version that release supports"),
      steps: [t("在 PyPI 该版本的 Download files 页面查看轮子文件名里的 cp3XX 标签，用对应的 Python 创建虚拟环境。", "On the release's Download files page on PyPI, read the cp3XX tag in the wheel names and create the virtual environment with that Python.")],
    },
    {
      title: t("需要特殊构建时加上对应的索引", "Add the right index for special builds"),
      steps: [t("PyTorch 的 CUDA 构建等要按官网给出的命令加 --index-url 安装。", "CUDA builds of PyTorch and similar must be installed with the --index-url the project's install page gives.")],
    },
  ],
  docs: ["https://github.com/pypa/pip/issues/13301", "https://github.com/pypa/pip/pull/13588", "https://pip.pypa.io/en/stable/topics/dependency-resolution/", "https://pytorch.org/get-started/locally/"],
  samples: [
    {
      text: "ERROR: Could not find a version that satisfies the requirement onnx-simplifier==0.4.36 (from versions: 0.0.0, 0.1.0, 0.4.33, 0.4.34, 0.4.35, 0.4.36)\nERROR: No matching distribution found for onnx-simplifier==0.4.36",
      source: "https://github.com/pypa/pip/issues/13301",
    },
    {
      text: "ERROR: Ignored the following versions that require a different python version: 0.12.0 Requires-Python >=3.12\nERROR: Could not find a version that satisfies the requirement s3contents==0.12.0 (from versions: 0.1.0, 0.1.1, 0.11.0, 0.11.1, 0.11.2)",
      source: "https://github.com/danielfrg/s3contents/issues/213",
    },
  ],
});
