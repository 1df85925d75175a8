import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.deserialize-cuda-on-cpu",
  category: "unknown",
  match: ["Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is False"],
  title: t("checkpoint 里的张量保存在 GPU 上，而当前 PyTorch 用不了 CUDA", "The checkpoint holds GPU tensors, but this PyTorch cannot use CUDA"),
  summary: t(
    "torch.load 默认把张量恢复到保存时所在的设备；这个文件是在 GPU 上保存的，而当前进程里 torch.cuda.is_available() 为 False。要么这台机器没有可用的 NVIDIA GPU，要么装的是 CPU 版 PyTorch（即使 nvidia-smi 能看到显卡）。",
    "torch.load restores tensors to the device they were saved from; this file was saved on a GPU, while torch.cuda.is_available() is False in this process. Either the machine has no usable NVIDIA GPU, or a CPU-only PyTorch is installed (even if nvidia-smi shows the card).",
  ),
  causes: [
    t("在只有 CPU 的机器上加载 GPU 上训练保存的模型", "loading a model trained and saved on a GPU on a CPU-only machine"),
    t("机器有 NVIDIA 显卡，但安装的是 CPU 版 PyTorch（torch.version.cuda 为空）", "the machine has an NVIDIA GPU, but the installed PyTorch is the CPU build (torch.version.cuda is empty)"),
  ],
  solutions: [
    {
      title: t("在 CPU 上运行：torch.load 时加 map_location", "To run on the CPU: pass map_location to torch.load"),
      steps: [t("消息本身给出的做法：把存储映射到 CPU；模型代码里其他写死 cuda 的地方也要一并改成按可用性选择设备。", "What the message says: map the storages to the CPU; change any other hard-coded cuda in the model code to a device chosen by availability.")],
      code: () =>
        block("python", [
          "import os",
          "",
          "import torch",
          "",
          'device = torch.device("cuda" if torch.cuda.is_available() else "cpu")',
          'state = torch.load(os.environ["CHECKPOINT_PATH"], map_location=device)',
          "print(type(state))",
        ]),
    },
    {
      title: t("要用 GPU：确认装的是 CUDA 版 PyTorch", "To use the GPU: make sure the CUDA build of PyTorch is installed"),
      steps: [t("打印版本和 CUDA 信息；torch.version.cuda 为空说明是 CPU 版，按 pytorch.org 的安装命令重装带 CUDA 的版本。", "Print the version and CUDA info; an empty torch.version.cuda means a CPU build, so reinstall a CUDA build with the command from pytorch.org.")],
      code: () => block("python", ["import torch", "", "print(torch.__version__, torch.version.cuda, torch.cuda.is_available())"]),
    },
  ],
  docs: ["https://github.com/kleinlee/DH_live/issues/22", "https://github.com/hkchengrex/Cutie/issues/37", "https://pytorch.org/get-started/locally/"],
  samples: [
    {
      text: "    raise RuntimeError('Attempting to deserialize object on a CUDA '\nRuntimeError: Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is False. If you are running on a CPU-only machine, please use torch.load with map_location=torch.device('cpu') to map your storages to the CPU.",
      source: "https://github.com/HelixNGC7293/DeforumStableDiffusionLocal/issues/66",
    },
  ],
});
