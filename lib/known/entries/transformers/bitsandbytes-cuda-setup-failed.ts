import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "transformers.bitsandbytes-cuda-setup-failed",
  category: "dependency.missing",
  match: ["CUDA Setup failed despite GPU being available"],
  title: t("bitsandbytes 找不到与 PyTorch 匹配的 CUDA 二进制", "bitsandbytes cannot find a CUDA binary that matches PyTorch"),
  summary: t(
    "bitsandbytes 在导入时按 PyTorch 的 CUDA 版本挑选自己的 libbitsandbytes_cudaXXX 库，并需要能加载到对应的 CUDA 运行库（libcudart）。GPU 可用但这一步失败了，它就退回 CPU 库并抛出这个错误；上面的 CUDA SETUP 日志里写明了它找的是哪个版本、哪个文件。",
    "On import, bitsandbytes picks its libbitsandbytes_cudaXXX library by PyTorch's CUDA version and must be able to load the matching CUDA runtime (libcudart). The GPU is available but this step failed, so it fell back to the CPU library and raised this error; the CUDA SETUP log above it says which version and file it looked for.",
  ),
  causes: [
    t("bitsandbytes 版本太旧（维护者给出的最常见原因），不带与当前 PyTorch/CUDA 匹配的二进制", "an outdated bitsandbytes (the most common cause per its maintainers) without a binary for the current PyTorch/CUDA"),
    t("CUDA 运行库不在库搜索路径上（日志里有 “libcudart.so not found in any environmental path”）", "the CUDA runtime is not on the library search path (the log says \"libcudart.so not found in any environmental path\")"),
    t("设置了 BNB_CUDA_VERSION 强制使用某个 CUDA 版本，而对应的库并不存在", "BNB_CUDA_VERSION forces a CUDA version whose library does not exist"),
  ],
  solutions: [
    {
      title: t("先升级 bitsandbytes", "Upgrade bitsandbytes first"),
      steps: [t("维护者的第一条建议；升级后运行 python -m bitsandbytes 查看诊断信息。", "The maintainers' first advice; afterwards run python -m bitsandbytes to see its diagnostics.")],
      code: () => block("bash", ["python -m pip install --upgrade bitsandbytes", "python -m bitsandbytes"]),
    },
    {
      title: t("仍失败：让它能找到 CUDA 运行库", "Still failing: let it find the CUDA runtime"),
      steps: [t("按诊断输出，把包含 libcudart.so 的目录加入 LD_LIBRARY_PATH；用了 BNB_CUDA_VERSION 时，确认它与已安装的 CUDA 一致，或取消该变量。", "Following the diagnostics, add the directory that contains libcudart.so to LD_LIBRARY_PATH; if BNB_CUDA_VERSION is set, make it match the installed CUDA or unset it.")],
      code: () => block("bash", ["unset BNB_CUDA_VERSION", 'export LD_LIBRARY_PATH="${CUDA_HOME:-/usr/local/cuda}/lib64:${LD_LIBRARY_PATH}"', "python -m bitsandbytes"]),
    },
  ],
  docs: ["https://github.com/bitsandbytes-foundation/bitsandbytes/issues/1522", "https://github.com/bitsandbytes-foundation/bitsandbytes/issues/651", "https://github.com/bitsandbytes-foundation/bitsandbytes/issues/1559"],
  samples: [
    {
      text: "RuntimeError:\n        CUDA Setup failed despite GPU being available. Please run the following command to get more information:\n\n        python -m bitsandbytes",
      source: "https://github.com/bmaltais/kohya_ss/issues/1523",
    },
  ],
});
