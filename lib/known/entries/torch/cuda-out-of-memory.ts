import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.cuda-out-of-memory",
  category: "resource.memory",
  match: [
    /CUDA out of memory\. Tried to allocate (?<need>[\d.]{1,10} [KMG]iB)(?:[^\n]{0,60}?(?:GPU (?<gpu>\d{1,2}) has a total capac(?:i)?ty of (?<total>[\d.]{1,10} [KMG]iB)|\(GPU (?<gpu2>\d{1,2}); (?<total2>[\d.]{1,10} [KMG]iB) total capacity))?/,
    "torch.cuda.OutOfMemoryError",
  ],
  title: (c) => t(`GPU 显存不足（还需 ${c.g.need ?? "更多"}）`, `The GPU ran out of memory (needed ${c.g.need ?? "more"})`),
  summary: (c) => {
    const total = c.g.total ?? c.g.total2;
    return t(
      `PyTorch 想在 GPU 上再分配 ${c.g.need ?? "一块内存"}，但${total ? `这块 ${total} 的显卡` : "显卡"}已经没有足够的空闲显存。模型参数、激活值、梯度、优化器状态和其他进程都在占用同一块显存；消息里“reserved but unallocated”很大时说明是碎片问题。`,
      `PyTorch tried to allocate ${c.g.need ?? "another block"} on the GPU, but ${total ? `the ${total} card` : "the card"} has no free memory left. Weights, activations, gradients, optimizer state and other processes all share that memory; a large "reserved but unallocated" figure in the message points to fragmentation.`,
    );
  },
  causes: [
    t("batch size、输入分辨率或序列长度对这块显卡太大", "the batch size, input resolution or sequence length is too large for this card"),
    t("训练循环里累积了带计算图的张量（如 total_loss += loss），显存随迭代不断增长", "the training loop keeps tensors with autograd history (total_loss += loss), so memory grows every iteration"),
    t("推理没有包在 torch.no_grad() 里，保存了不需要的激活值", "inference runs outside torch.no_grad() and keeps activations it never needs"),
    t("同一块 GPU 上还有别的进程（另一个训练、Jupyter 内核）占着显存", "another process (a second training run, a Jupyter kernel) holds memory on the same GPU"),
    t("显存碎片：reserved 远大于 allocated", "fragmentation: reserved memory far exceeds allocated memory"),
  ],
  solutions: [
    {
      title: t("减小 batch size（或输入尺寸）", "Reduce the batch size (or the input size)"),
      steps: [t("先把 batch size 减半再试；需要同样的有效 batch 时用梯度累积。", "Halve the batch size and retry; use gradient accumulation when you need the same effective batch.")],
    },
    {
      title: t("不要让张量把计算图带出训练循环", "Do not carry autograd history out of the loop"),
      steps: [
        t("记录指标时用 float(loss) 或 loss.item()，评估和推理包在 torch.no_grad() 里，不再需要的大张量 del 掉。", "Log metrics with float(loss) or loss.item(), wrap evaluation and inference in torch.no_grad(), and del large tensors you no longer need."),
      ],
      code: () =>
        block("python", [
          "import torch",
          "",
          "model = torch.nn.Linear(1024, 10).cuda()",
          "batch = torch.randn(64, 1024, device=\"cuda\")",
          "total_loss = 0.0",
          "loss = model(batch).pow(2).mean()",
          "loss.backward()",
          "total_loss += float(loss)  # not total_loss += loss",
          "with torch.no_grad():",
          "    preds = model(batch)",
          "print(total_loss, preds.shape, torch.cuda.memory_summary(abbreviated=True))",
        ]),
    },
    {
      title: t("检查是否有别的进程占用显存", "Check for other processes on the GPU"),
      steps: [t("nvidia-smi 会列出每个进程占用的显存；结束不需要的进程（包括闲置的 Jupyter 内核）。", "nvidia-smi lists the memory each process holds; stop the ones you do not need (idle Jupyter kernels included).")],
      code: () => block("bash", ["nvidia-smi"]),
    },
    {
      title: t("碎片多时：启用 expandable_segments", "With heavy fragmentation: enable expandable_segments"),
      steps: [t("消息显示 reserved but unallocated 很大时，按它的建议在启动前设置 PYTORCH_CUDA_ALLOC_CONF。", "When the message reports a large reserved-but-unallocated amount, set PYTORCH_CUDA_ALLOC_CONF as it suggests before starting the process.")],
      code: () => block("bash", ["export PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True"]),
    },
  ],
  docs: [
    "https://pytorch.org/docs/stable/notes/cuda.html#environment-variables",
    "https://raw.githubusercontent.com/pytorch/pytorch.github.io/d95d45ec86b49ad375185b021872caf001696929/docs/master/notes/faq.html",
  ],
  samples: [
    {
      text: "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 22.00 MiB. GPU 0 has a total capacity of 23.65 GiB of which 11.06 MiB is free. Including non-PyTorch memory, this process has 23.60 GiB memory in use. Of the allocated memory 22.90 GiB is allocated by PyTorch, and 194.87 MiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)",
      source: "https://github.com/pytorch/pytorch/issues/16417",
    },
    {
      text: "RuntimeError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 5.80 GiB total capacity; 4.36 GiB already allocated; 6.69 MiB free; 4.63 GiB reserved in total by PyTorch)",
      source: "https://github.com/chnsh/DCRNN_PyTorch/issues/6",
    },
  ],
});
