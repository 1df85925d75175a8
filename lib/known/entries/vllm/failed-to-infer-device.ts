import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "vllm.failed-to-infer-device",
  category: "unknown",
  match: [/RuntimeError: Failed to infer device type/],
  title: t("vLLM 检测不到可用的设备（GPU）", "vLLM cannot detect a usable device (GPU)"),
  summary: t(
    "vLLM 启动时要识别运行平台（CUDA、ROCm、CPU 等）；识别失败说明当前环境里看不到它能用的设备，或者装的 vLLM 构建和平台不匹配。",
    "At startup vLLM detects the platform (CUDA, ROCm, CPU …); failing means it sees no device it can use here, or the installed vLLM build does not match the platform.",
  ),
  causes: [
    t("容器没有拿到 GPU（docker run 没加 --gpus all，或没装 NVIDIA Container Toolkit）", "the container has no GPU (docker run without --gpus all, or no NVIDIA Container Toolkit)"),
    t("驱动或 CUDA 不可用，torch 看不到 GPU", "the driver or CUDA is unavailable, so torch sees no GPU"),
    t("装的是 GPU 版 vLLM，却在没有 GPU 的机器上运行（CPU 需要专门的 CPU 构建）", "a GPU build of vLLM runs on a machine without a GPU (CPU needs the dedicated CPU build)"),
  ],
  solutions: [
    {
      title: t("确认 GPU 在这个环境里可见", "Check that the GPU is visible in this environment"),
      steps: [t("运行 nvidia-smi 和 python -c \"import torch; print(torch.cuda.is_available())\"；容器里要用 --gpus all 启动。设置 VLLM_LOGGING_LEVEL=DEBUG 能看到平台识别的细节。", "Run nvidia-smi and python -c \"import torch; print(torch.cuda.is_available())\"; start containers with --gpus all. VLLM_LOGGING_LEVEL=DEBUG shows the detection details.")],
    },
    {
      title: t("确认装的是与硬件匹配的 vLLM 构建", "Make sure the vLLM build matches the hardware"),
      steps: [t("GPU 机器用 CUDA 构建，CPU 或其他加速卡用对应平台的构建或官方镜像。", "Use the CUDA build on GPU machines and the matching platform build or official image for CPU or other accelerators.")],
    },
  ],
  docs: ["https://github.com/vllm-project/vllm/blob/main/docs/usage/troubleshooting.md"],
  samples: [{ text: "  File \"/usr/local/lib/python3.12/dist-packages/vllm/engine/arg_utils.py\", line 1072, in create_engine_config\n    device_config = DeviceConfig(device=self.device)\nRuntimeError: Failed to infer device type", source: "https://github.com/vllm-project/vllm/blob/main/docs/usage/troubleshooting.md" }],
});
