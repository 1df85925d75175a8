import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.no-kernel-image",
  category: "unknown",
  match: ["no kernel image is available for execution on the device"],
  title: t("这个 PyTorch/扩展的二进制里没有适合当前 GPU 的内核", "This PyTorch (or extension) build has no kernels for this GPU"),
  summary: t(
    "CUDA 程序是按一组 GPU 架构（compute capability，如 sm_75、sm_86、sm_120）编译的；当前显卡的架构不在其中，所以第一次在 GPU 上运行算子就失败。常见于很新的显卡配旧的 PyTorch 轮子、很老的显卡配新的轮子，或自己编译的 CUDA 扩展（mmcv、detectron2、各种自定义算子）没有为这块卡编译。",
    "CUDA binaries are compiled for a set of GPU architectures (compute capability such as sm_75, sm_86, sm_120); this card's architecture is not among them, so the first operation on the GPU fails. Typical: a very new card with an older PyTorch wheel, a very old card with a new wheel, or a self-built CUDA extension (mmcv, detectron2, custom ops) not compiled for this card.",
  ),
  causes: [
    t("显卡比 PyTorch 轮子新：例如 RTX 50 系列（sm_120）需要用更新 CUDA（如 cu128）构建的 PyTorch", "the card is newer than the PyTorch wheel: an RTX 50-series card (sm_120) needs PyTorch built with a newer CUDA such as cu128"),
    t("显卡太旧，新版 PyTorch 轮子已不再包含它的架构", "the card is too old and recent PyTorch wheels no longer include its architecture"),
    t("第三方 CUDA 扩展是在别的机器上或针对别的架构编译的", "a third-party CUDA extension was built on another machine or for other architectures"),
  ],
  solutions: [
    {
      title: t("对比显卡架构和 PyTorch 支持的架构", "Compare the card's architecture with what PyTorch was built for"),
      steps: [t("nvidia-smi 给出显卡的计算能力（compute_cap，如 8.6 对应 sm_86），get_arch_list 列出这个 PyTorch 编译进去的 sm_XX；不在列表里就要换 PyTorch 版本。", "nvidia-smi reports the card's compute capability (compute_cap; 8.6 means sm_86), and get_arch_list lists the sm_XX this PyTorch contains. If the card is missing, you need another PyTorch build.")],
      code: () =>
        block("bash", [
          "nvidia-smi --query-gpu=name,compute_cap --format=csv",
          'python -c "import torch; print(torch.__version__, torch.version.cuda, torch.cuda.get_arch_list())"',
        ]),
    },
    {
      title: t("按官网选择器安装包含该架构的 PyTorch", "Install a PyTorch build that includes the architecture"),
      steps: [t("在 pytorch.org/get-started/locally 选择与驱动匹配的 CUDA 版本，用它给出的 --index-url 命令重装 torch（新显卡选最新的 CUDA 版本）。", "On pytorch.org/get-started/locally pick a CUDA version your driver supports and reinstall torch with the --index-url command it shows (for a new card, pick the newest CUDA).")],
    },
    {
      title: t("出错的是自定义 CUDA 扩展：在本机重新编译", "If a custom CUDA extension fails: rebuild it on this machine"),
      steps: [t("用与当前 torch 相同的 CUDA 版本，在这台机器（或为这块卡的架构）重新编译该扩展，或安装它为对应 torch/CUDA 版本发布的预编译包。", "Rebuild the extension on this machine (or for this card's architecture) with the same CUDA version as torch, or install its prebuilt package for your torch/CUDA versions.")],
    },
  ],
  docs: ["https://github.com/pytorch/pytorch/issues/150733", "https://github.com/pytorch/pytorch/pull/41173", "https://pytorch.org/get-started/locally/"],
  samples: [
    {
      text: "    fvdb_grids = fvdb.gridbatch_from_points(JaggedTensor(cropped_xyz), **grid_batch_kwargs_finest)\nRuntimeError: CUDA error: no kernel image is available for execution on the device",
      source: "https://github.com/nv-tlabs/SCube/issues/7",
    },
  ],
});
