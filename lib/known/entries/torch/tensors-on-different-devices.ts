import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.tensors-on-different-devices",
  category: "unknown",
  match: [/Expected all tensors to be on the same device, but found at least two devices, (?<a>[\w:]{2,12}) and (?<b>[\w:]{2,12})!?(?: \(when checking argument for argument (?<arg>\w{1,40}) in method (?<method>\w{1,60})\))?/],
  guard: { exception: ["RuntimeError"] },
  title: (c) => t(`参与运算的张量不在同一个设备上（${c.g.a ?? "cuda:0"} 和 ${c.g.b ?? "cpu"}）`, `Tensors in one operation live on different devices (${c.g.a ?? "cuda:0"} and ${c.g.b ?? "cpu"})`),
  summary: (c) =>
    t(
      `PyTorch 的一次运算要求所有输入和模型参数在同一设备上；这里一部分在 ${c.g.a ?? "GPU"}、一部分在 ${c.g.b ?? "CPU"}${c.g.arg ? `（出问题的是 ${c.g.method ?? "算子"} 的参数 ${c.g.arg}）` : ""}。通常是模型移到了 GPU 而某个输入、标签、索引或新建的张量还留在 CPU（或反过来）。`,
      `A PyTorch operation needs every input and parameter on one device; here some are on ${c.g.a ?? "the GPU"} and some on ${c.g.b ?? "the CPU"}${c.g.arg ? ` (argument ${c.g.arg} of ${c.g.method ?? "the op"})` : ""}. Usually the model was moved to the GPU while an input, label, index or newly created tensor stayed on the CPU (or the other way round).`,
    ),
  causes: [
    t("输入批次或标签没有 .to(device)（DataLoader 和 tokenizer 返回的都是 CPU 张量）", "the batch or labels were never moved with .to(device) (DataLoader and tokenizers return CPU tensors)"),
    t("在 forward 里新建了张量或层（torch.zeros(...)、nn.BatchNorm2d(...)），它们默认在 CPU 上，也不会随 model.to() 移动", "a tensor or layer created inside forward (torch.zeros(...), nn.BatchNorm2d(...)) defaults to the CPU and does not move with model.to()"),
    t("把张量 .to(device) 了却没有接住返回值（张量的 .to 不是原地操作）", "tensor.to(device) was called without keeping the result (on tensors .to is not in place)"),
  ],
  solutions: [
    {
      title: t("统一定义 device，把模型和每个批次都移过去", "Define one device and move the model and every batch to it"),
      steps: [t("张量要写成 x = x.to(device)；在 forward 中新建的张量用 device=已有张量.device；层要在 __init__ 里定义，才会随 model.to() 一起移动。", "Write x = x.to(device) for tensors; create tensors inside forward with device=some_input.device; define layers in __init__ so model.to() moves them.")],
      code: () =>
        block("python", [
          "import torch",
          "",
          'device = torch.device("cuda" if torch.cuda.is_available() else "cpu")',
          "model = torch.nn.Linear(10, 2).to(device)",
          "inputs = torch.randn(4, 10).to(device)",
          "labels = torch.tensor([0, 1, 1, 0]).to(device)",
          "mask = torch.ones(4, device=inputs.device)",
          "loss = torch.nn.functional.cross_entropy(model(inputs) * mask[:, None], labels)",
          "print(loss.item())",
        ]),
    },
    {
      title: t("找出是哪个张量", "Find which tensor is on the wrong device"),
      steps: [t("在出错的那一行前打印每个参与运算的张量的 .device，以及 next(model.parameters()).device。", "Before the failing line, print .device of every tensor involved and next(model.parameters()).device.")],
    },
  ],
  docs: ["https://apxml.com/courses/getting-started-with-pytorch/chapter-8-monitoring-debugging-models/checking-device-placement", "https://github.com/syuu1987/geekTime-semantic-segmentation/issues/1"],
  samples: [
    {
      text: "RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!\n\nHow to solve it?",
      source: "https://github.com/xrsrke/toolformer/issues/6",
    },
  ],
});
