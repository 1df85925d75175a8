import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.not-compiled-with-cuda",
  category: "unknown",
  match: ["Torch not compiled with CUDA enabled"],
  title: t("安装的是 CPU 版 PyTorch，代码却要用 CUDA", "A CPU-only PyTorch is installed, but the code asks for CUDA"),
  summary: t(
    "代码调用了 .cuda()、device=\"cuda\" 或 torch.cuda 的函数，但当前环境里的 torch 是不带 CUDA 的构建（例如从 PyPI 默认源在 Windows 上装的 torch，或 macOS 上的 torch），于是 torch.cuda 初始化时直接断言失败。",
    "The code calls .cuda(), uses device=\"cuda\" or a torch.cuda function, but the torch in this environment is a build without CUDA (for example the default PyPI wheel on Windows, or torch on macOS), so torch.cuda fails its initialisation assertion.",
  ),
  causes: [
    t("pip install torch 装到了 CPU 版（torch.__version__ 没有 +cuXXX 后缀，torch.version.cuda 为空）", "pip install torch picked the CPU build (torch.__version__ has no +cuXXX suffix and torch.version.cuda is empty)"),
    t("机器上没有 NVIDIA 显卡（如 Mac），而代码写死了 cuda", "the machine has no NVIDIA GPU (a Mac, say) and the code hard-codes cuda"),
    t("装了 GPU 版之后又被别的包的依赖重新装回了 CPU 版", "a GPU build was installed, then another package's dependency replaced it with the CPU build"),
  ],
  solutions: [
    {
      title: t("有 NVIDIA 显卡：装带 CUDA 的 PyTorch", "With an NVIDIA GPU: install a CUDA build of PyTorch"),
      steps: [t("先确认当前 torch 是哪种构建；然后在 pytorch.org/get-started/locally 选好 CUDA 版本，用它给出的带 --index-url 的命令在同一环境里重装。", "Check which build you have, then on pytorch.org/get-started/locally pick a CUDA version and reinstall in the same environment with the --index-url command it shows.")],
      code: () => block("python", ["import torch", "", "print(torch.__version__, torch.version.cuda, torch.cuda.is_available())"]),
    },
    {
      title: t("没有 NVIDIA 显卡：让代码在 CPU 上运行", "Without an NVIDIA GPU: run the code on the CPU"),
      steps: [t("把写死的 \"cuda\" 换成按可用性选择的设备，脚本有 --device 参数时传 cpu。", "Replace the hard-coded \"cuda\" with a device chosen by availability, or pass cpu if the script has a --device option.")],
      code: () => block("python", ["import torch", "", 'device = torch.device("cuda" if torch.cuda.is_available() else "cpu")', "x = torch.ones(3, device=device)", "print(x.device)"]),
    },
  ],
  docs: ["https://pytorch.org/get-started/locally/", "https://github.com/pytorch/pytorch/issues/28111", "https://github.com/X-PLUG/MobileAgent/issues/60"],
  samples: [
    {
      text: "raise AssertionError(\"Torch not compiled with CUDA enabled\")\nAssertionError: Torch not compiled with CUDA enabled",
      source: "https://github.com/asafamr/bertwsi/issues/1",
    },
  ],
});
