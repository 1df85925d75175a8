import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.invalid-device-ordinal",
  category: "unknown",
  match: [/CUDA error: invalid device ordinal/, /cuda runtime error \((?:10|101)\) : invalid device ordinal/],
  title: t("代码指定的 GPU 编号在这台机器上不存在", "The GPU index the code asks for does not exist on this machine"),
  summary: t(
    "invalid device ordinal 表示请求了一个不存在的 GPU 编号：例如代码写死了 cuda:1（或 --gpu 5），而当前进程只能看到一块 GPU（编号只有 0）。设置了 CUDA_VISIBLE_DEVICES 时，进程看到的 GPU 会从 0 重新编号。",
    "invalid device ordinal means a GPU index that does not exist was requested: the code hard-codes cuda:1 (or --gpu 5, say) while the process can only see one GPU (index 0). When CUDA_VISIBLE_DEVICES is set, the GPUs the process sees are renumbered from 0.",
  ),
  causes: [
    t("代码或配置里写死了 cuda:1 等编号，而作者的机器有多块 GPU", "the code or config hard-codes cuda:1 or similar because the author's machine had several GPUs"),
    t("设置了 CUDA_VISIBLE_DEVICES 后又用原来的物理编号去选 GPU", "CUDA_VISIBLE_DEVICES is set, yet the physical index is still used to pick the GPU"),
    t("分布式启动的进程数多于可见 GPU 数（local_rank 超出范围）", "a distributed launch starts more processes than there are visible GPUs (local_rank out of range)"),
  ],
  solutions: [
    {
      title: t("先确认进程能看到几块 GPU，再用范围内的编号", "Check how many GPUs the process sees, then use an index within range"),
      steps: [
        t(
          "把代码和配置里的 cuda:N 改成可见范围内的编号（只有一块时用 cuda:0）；想用物理上的第 5 块卡，就设置 CUDA_VISIBLE_DEVICES=5，代码里仍写 cuda:0。",
          "Change cuda:N in code and config to an index within range (cuda:0 with a single GPU); to use physical GPU 5, set CUDA_VISIBLE_DEVICES=5 and keep cuda:0 in the code.",
        ),
      ],
      code: () =>
        block("python", [
          "import torch",
          "",
          "print(torch.cuda.device_count())",
          'device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")',
          "x = torch.ones(3).to(device)",
        ]),
    },
  ],
  docs: ["https://github.com/maudzung/RTM3D/issues/11", "https://github.com/LuyaooChen/uninformed-students-pytorch/issues/3", "https://github.com/wdrink/PyDeepFakeDet/issues/1"],
  samples: [
    {
      text: "RuntimeError: CUDA error: invalid device ordinal\nCUDA kernel errors might be asynchronously reported at some other API call,so the stacktrace below might be incorrect.\nFor debugging consider passing CUDA_LAUNCH_BLOCKING=1",
      source: "https://github.com/yandex-research/tab-ddpm/issues/20",
    },
  ],
});
