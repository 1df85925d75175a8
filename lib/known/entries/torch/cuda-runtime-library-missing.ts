import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.cuda-runtime-library-missing",
  category: "dependency.missing",
  match: [/(?<lib>lib(?:cudart|cudnn|cublas|cublasLt|cufft|curand|cusparse|cusolver|nvrtc|nccl)(?:[\w]{0,12})?\.so(?:\.[\d.]{1,12})?): cannot open shared object file: No such file or directory/, /cannot open shared object file: No such file or directory: (?<lib2>lib(?:cudart|cudnn|cublas)[\w]{0,12}\.so(?:\.[\d.]{1,12})?)/],
  title: (c) => t(`找不到 CUDA 运行库 ${c.g.lib ?? c.g.lib2 ?? ""}`.trim(), `The CUDA runtime library ${c.g.lib ?? c.g.lib2 ?? ""} cannot be found`.trim()),
  summary: (c) => {
    const lib = c.g.lib ?? c.g.lib2 ?? "CUDA 库";
    return t(
      `某个带 CUDA 扩展的 Python 包在加载时需要 ${lib}，动态链接器在系统库路径和 LD_LIBRARY_PATH 里都没找到它。文件名里的版本号（如 .so.11.0、.so.8）就是这个二进制编译时所用的 CUDA/cuDNN 大版本；机器上装的版本不同也会找不到。`,
      `A Python package with a CUDA extension needs ${lib} at load time, and the dynamic linker found it neither in the system library paths nor on LD_LIBRARY_PATH. The version in the file name (.so.11.0, .so.8 …) is the CUDA/cuDNN major version the binary was built against; a different installed version does not satisfy it.`,
    );
  },
  causes: [
    t("包是针对另一个 CUDA 大版本编译的（例如要 libcudart.so.11.0，而机器上只有 CUDA 12），常见于 mmcv、自定义算子等需要与 torch/CUDA 精确匹配的扩展", "the package was built for another CUDA major version (it wants libcudart.so.11.0 while the machine has CUDA 12), typical of extensions like mmcv or custom ops that must match torch/CUDA exactly"),
    t("CUDA 工具包或 cuDNN 装在非标准目录（如 /usr/local/cuda-11.8/lib64、conda 环境的 lib），不在 LD_LIBRARY_PATH 上", "the CUDA toolkit or cuDNN lives in a non-standard directory (/usr/local/cuda-11.8/lib64, a conda env's lib) that is not on LD_LIBRARY_PATH"),
    t("机器上根本没有安装这个 CUDA 组件（例如只装了驱动）", "that CUDA component is not installed at all (only the driver is)"),
  ],
  solutions: [
    {
      title: t("安装与包的 CUDA 版本一致的构建", "Install the build that matches the package's CUDA version"),
      steps: [t("优先重装报错的包（或 torch）为与你机器 CUDA 一致的版本；很多扩展按 torch 版本 + CUDA 版本分别发布预编译包。", "Prefer reinstalling the failing package (or torch) in the variant that matches your CUDA; many extensions publish prebuilt packages per torch + CUDA version.")],
      code: () => block("bash", ["nvidia-smi", 'python -c "import torch; print(torch.__version__, torch.version.cuda)"', "ldconfig -p | grep -E 'libcudart|libcudnn'"]),
    },
    {
      title: t("库已安装但在非标准目录：加入 LD_LIBRARY_PATH", "Library installed in a non-standard directory: add it to LD_LIBRARY_PATH"),
      steps: [t("找到包含该 .so 文件的目录（CUDA 安装目录的 lib64，或 conda 环境的 lib），把它加进 LD_LIBRARY_PATH 后重新启动程序。", "Find the directory that holds the .so file (the CUDA install's lib64, or the conda env's lib) and add it to LD_LIBRARY_PATH, then start the program again.")],
      code: () => block("bash", ['export LD_LIBRARY_PATH="${CUDA_HOME:-/usr/local/cuda}/lib64:${LD_LIBRARY_PATH}"']),
    },
  ],
  docs: ["https://github.com/CannyLab/tsne-cuda/issues/126", "https://github.com/tonyyxliu/CUHKSZ-CSC4005/issues/69", "https://github.com/AlexeyAB/darknet/issues/7686"],
  samples: [
    {
      text: "ImportError: libcudart.so.11.0: cannot open shared object file: No such file or directory",
      source: "https://github.com/CannyLab/tsne-cuda/issues/126",
    },
  ],
});
