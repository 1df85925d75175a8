import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.tensor-to-numpy",
  category: "code.type",
  match: [/can't convert (?<device>[\w:]{2,12}) device type tensor to numpy/, /Can't call `?numpy\(\)`? on (?:Tensor|Variable) that requires grad/],
  title: (c) =>
    c.g.device
      ? t(`${c.g.device} 上的张量不能直接转成 NumPy 数组`, `A tensor on ${c.g.device} cannot be turned into a NumPy array directly`)
      : t("需要梯度的张量不能直接转成 NumPy 数组", "A tensor that requires grad cannot be turned into a NumPy array directly"),
  summary: (c) =>
    c.g.device
      ? t(
          `Tensor.numpy() 返回与张量共享内存的 NumPy 数组，这只对 CPU 内存中的张量成立；${c.g.device} 上的张量必须先复制到主机内存（.cpu()）。常见于把模型输出、loss 直接交给 numpy、matplotlib、sklearn 或 pandas。`,
          `Tensor.numpy() returns a NumPy array sharing the tensor's memory, which only works for tensors in CPU memory; a tensor on ${c.g.device} must be copied to host memory first (.cpu()). Typical when model outputs or losses are handed straight to numpy, matplotlib, sklearn or pandas.`,
        )
      : t(
          "这个张量仍在自动求导的计算图里（requires_grad=True），直接转成 NumPy 会丢失梯度跟踪，所以 PyTorch 要求先 detach()。在 GPU 上时还需要再 .cpu()。",
          "The tensor is still part of the autograd graph (requires_grad=True); converting it to NumPy would silently drop gradient tracking, so PyTorch requires detach() first. On a GPU it also needs .cpu().",
        ),
  causes: [
    t("把模型输出或 loss 直接传给 np.xxx、matplotlib、sklearn 的指标函数或 pandas", "model outputs or a loss passed straight to np.xxx, matplotlib, sklearn metrics or pandas"),
    t("代码在 CPU 上能跑，换到 GPU 后张量留在了显存里", "the code worked on the CPU and the tensors stay in GPU memory once it runs on a GPU"),
  ],
  solutions: [
    {
      title: t("用 .detach().cpu().numpy()", "Use .detach().cpu().numpy()"),
      steps: [t("这一串对 CPU/GPU、是否需要梯度的张量都成立；单个数值用 .item() 更简单。", "This chain works for CPU or GPU tensors with or without grad; for a single number, .item() is simpler.")],
      code: () =>
        block("python", [
          "import torch",
          "",
          'device = "cuda" if torch.cuda.is_available() else "cpu"',
          "pred = torch.randn(4, 3, device=device, requires_grad=True)",
          "arr = pred.detach().cpu().numpy()",
          "loss_value = pred.sum().item()",
          "print(arr.shape, loss_value)",
        ]),
    },
  ],
  docs: ["https://github.com/pytorch/pytorch/pull/139880", "https://github.com/pytorch/pytorch/issues/20778", "https://github.com/vaibkumr/prompt-optimizer/issues/3"],
  samples: [
    {
      text: "TypeError: can't convert cuda:0 device type tensor to numpy. Use Tensor.cpu() to copy the tensor to host memory first.",
      source: "https://github.com/vaibkumr/prompt-optimizer/issues/3",
    },
    {
      text: "  File \"/home/tianjc/her/FedGen/FLAlgorithms/servers/serverbase.py\", line 228, in evaluate\n    glob_loss = np.sum([x * y for (x, y) in zip(test_samples, test_losses)]).item() / np.sum(test_samples)\n\nRuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.",
      source: "https://github.com/zhuangdizhu/FedGen/issues/1",
    },
  ],
});
