import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pip.build-needs-torch-no-isolation",
  category: "dependency.install",
  match: [
    /(?:Getting requirements to build wheel|build_meta\.(?:build_wheel|get_requires_for_build_wheel)|pip-build-env-)[\s\S]{0,4000}?No module named 'torch'/,
  ],
  title: t("构建这个包时要导入 torch，但隔离的构建环境里没有 torch", "Building this package imports torch, but the isolated build environment has no torch"),
  summary: t(
    "这不是你的环境里缺 torch。pip（和 uv）默认在一个临时的隔离环境里构建源码包，那里只装包声明的构建依赖。flash-attn 这类 CUDA 扩展的 setup.py 在构建时就 import torch，而隔离环境里没有它，于是构建失败——哪怕当前环境已经装好了 torch。",
    "Your environment is not missing torch. pip (and uv) build source packages in a temporary isolated environment that only has the package's declared build dependencies. CUDA extensions such as flash-attn import torch in setup.py at build time, and the isolated environment has none — even though torch is installed in your environment.",
  ),
  causes: [
    t("pip / uv 默认启用构建隔离，而这个包的构建脚本依赖已安装的 torch", "pip / uv build in isolation by default, while this package's build script relies on the installed torch"),
    t("它和 torch 写在同一个 requirements.txt 里一次安装，构建时 torch 还没装好", "it is listed in the same requirements.txt as torch, so torch is not yet installed when it builds"),
  ],
  solutions: [
    {
      title: t("先装好 torch，再关闭构建隔离安装这个包", "Install torch first, then install this package without build isolation"),
      steps: [
        t(
          "这是 flash-attn 官方 README 的安装方式：它要针对你已安装的那个 PyTorch（及其 CUDA 版本）编译。关闭隔离后构建依赖要自己准备，通常还需要 packaging、ninja、wheel。",
          "This is how flash-attn's README installs it: it must compile against the PyTorch (and CUDA version) you already have. Without isolation you provide the build dependencies yourself, usually packaging, ninja and wheel too.",
        ),
      ],
      code: () =>
        block("bash", [
          "python -m pip install packaging ninja wheel",
          "python -m pip install flash-attn --no-build-isolation",
          "# with uv: uv pip install flash-attn --no-build-isolation",
        ]),
    },
    {
      title: t("从 requirements.txt 里拆出来单独安装", "Take it out of requirements.txt and install it separately"),
      steps: [t("先 pip install -r requirements.txt（含 torch），再单独执行上面带 --no-build-isolation 的命令。", "Run pip install -r requirements.txt (with torch) first, then the --no-build-isolation command above on its own.")],
    },
  ],
  docs: ["https://github.com/Dao-AILab/flash-attention#installation-and-features", "https://github.com/Dao-AILab/flash-attention/pull/958"],
  samples: [
    {
      text: "  × Failed to build `flash-attn-v100 @ file:///[...]/git/flash-attention-v100`\n  ├─▶ The build backend returned an error\n  ╰─▶ Call to `setuptools.build_meta.build_wheel` failed (exit status: 1)\n\n      [stderr]\n      Traceback (most recent call last):\n        File \"<string>\", line 15, in get_ext_modules\n      ModuleNotFoundError: No module named 'torch'",
      source: "https://github.com/ai-bond/flash-attention-v100/pull/23",
    },
  ],
});
