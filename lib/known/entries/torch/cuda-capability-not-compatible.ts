import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.cuda-capability-not-compatible",
  category: "unknown",
  match: [/with CUDA capability (?<sm>sm_\d{2,3}) is not compatible with the current PyTorch installation/],
  title: (c) => t(`当前 PyTorch 不支持这块显卡的架构 ${c.g.sm ?? ""}`.trim(), `This PyTorch build does not support the GPU architecture ${c.g.sm ?? ""}`.trim()),
  summary: (c) =>
    t(
      `显卡的 compute capability 是 ${c.g.sm ?? "一个较新的架构"}，而已安装的 PyTorch 只编译了消息里列出的那些 sm_XX。这条警告之后，第一次在 GPU 上运算通常就会报 no kernel image is available。`,
      `The card's compute capability is ${c.g.sm ?? "a newer architecture"}, but the installed PyTorch was only compiled for the sm_XX listed in the message. After this warning the first GPU operation usually fails with no kernel image is available.`,
    ),
  causes: [
    t("显卡比已安装的 PyTorch 轮子新（例如 sm_120 的 RTX 50 系列配用旧 CUDA 构建的 torch）", "the card is newer than the installed PyTorch wheel (e.g. an sm_120 RTX 50-series card with torch built for an older CUDA)"),
    t("项目的 requirements 或 Docker 镜像把 torch 固定在了旧版本", "the project's requirements or Docker image pin an old torch"),
  ],
  solutions: [
    {
      title: t("安装支持该架构的 PyTorch", "Install a PyTorch build that supports the architecture"),
      steps: [t("在 pytorch.org/get-started/locally 选最新的 CUDA 版本（sm_120 需要 cu128 或更新的构建），用它给出的命令在同一环境里重装 torch，然后确认架构已在列表里。", "On pytorch.org/get-started/locally pick the newest CUDA version (sm_120 needs a cu128 or newer build), reinstall torch in the same environment with the command it shows, then check the architecture is listed.")],
      code: () => block("python", ["import torch", "", "print(torch.__version__, torch.version.cuda)", "print(torch.cuda.get_device_capability(0), torch.cuda.get_arch_list())"]),
    },
    {
      title: t("用的是别人的 Docker 镜像或安装器：换成新 CUDA 的版本", "Using someone else's image or installer: switch to its newer-CUDA variant"),
      steps: [t("很多项目为新显卡单独提供 cu128 之类的镜像或安装选项。", "Many projects ship a separate cu128-style image or installer option for new cards.")],
    },
  ],
  docs: ["https://github.com/pytorch/pytorch/issues/150733", "https://github.com/pytorch/pytorch/pull/41173", "https://github.com/lmoe/wyoming-xtts/issues/1"],
  samples: [
    {
      text: "C:\\AI\\APPLIO\\ApplioV3.2.8-bugfix\\env\\lib\\site-packages\\torch\\cuda\\__init__.py:209: UserWarning:\nNVIDIA GeForce RTX 5090 with CUDA capability sm_120 is not compatible with the current PyTorch installation.\nThe current PyTorch install supports CUDA capabilities sm_50 sm_60 sm_61 sm_70 sm_75 sm_80 sm_86 sm_90.\nIf you want to use the NVIDIA GeForce RTX 5090 GPU with PyTorch, please check the instructions at https://pytorch.org/get-started/locally/",
      source: "https://github.com/IAHispano/Applio/issues/1006",
    },
  ],
});
