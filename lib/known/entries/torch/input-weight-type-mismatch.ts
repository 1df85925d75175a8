import { block, defineKnownError, t } from "../../define";

const onGpu = (s: string | undefined) => /cuda/.test(s ?? "");

export default defineKnownError({
  id: "torch.input-weight-type-mismatch",
  category: "unknown",
  match: [/Input type \((?<input>torch\.[\w.]{1,40})\) and weight type \((?<weight>torch\.[\w.]{1,40})\) should be the same/],
  title: (c) =>
    onGpu(c.g.input) !== onGpu(c.g.weight)
      ? onGpu(c.g.input)
        ? t("输入在 GPU 上，模型权重还在 CPU 上", "The input is on the GPU while the model weights are still on the CPU")
        : t("输入在 CPU 上，模型权重在 GPU 上", "The input is on the CPU while the model weights are on the GPU")
      : t(`输入的数据类型（${c.g.input}）与权重（${c.g.weight}）不一致`, `The input's dtype (${c.g.input}) differs from the weights' (${c.g.weight})`),
  summary: (c) =>
    t(
      `卷积、线性等层要求输入和权重是同一种张量：同一设备、同一数据类型。这里输入是 ${c.g.input}，权重是 ${c.g.weight}（带 cuda 的在 GPU 上，Half 是 float16、Float 是 float32、Double 是 float64）。`,
      `Layers such as convolutions and linear layers need the input and weights to be the same kind of tensor: same device and same dtype. Here the input is ${c.g.input} and the weights are ${c.g.weight} (cuda means on the GPU; Half is float16, Float float32, Double float64).`,
    ),
  causes: [
    t("只把数据移到了 GPU，忘了 model.to(device)（或反过来）", "the data was moved to the GPU but model.to(device) was not called (or the other way round)"),
    t("部分子模块在 to(device) 之后才创建，或保存在普通 Python 列表里没有被注册", "some submodules were created after to(device), or kept in a plain Python list so they were never registered"),
    t("模型用 half / bfloat16，而输入仍是 float32（或反过来）", "the model runs in half / bfloat16 while the input is still float32 (or the other way round)"),
  ],
  solutions: [
    {
      title: t("把模型和输入放到同一设备、同一数据类型", "Put the model and the input on the same device and dtype"),
      steps: [
        t(
          "在训练 / 推理前对模型调用一次 .to(device)，对每个批次的输入也 .to(device)。子层放在普通列表里时改用 nn.ModuleList，它们才会随模型一起移动。",
          "Call .to(device) on the model once before training / inference and on every batch of inputs. Keep sublayers in nn.ModuleList rather than a plain list so they move with the model.",
        ),
      ],
      code: () =>
        block("python", [
          "import torch",
          "from torch import nn",
          "",
          'device = torch.device("cuda" if torch.cuda.is_available() else "cpu")',
          "model = nn.Conv2d(3, 8, kernel_size=3).to(device)",
          "x = torch.randn(1, 3, 32, 32)",
          "",
          "out = model(x.to(device=device, dtype=next(model.parameters()).dtype))",
          "print(out.shape)",
        ]),
    },
  ],
  docs: ["https://pytorch.org/docs/stable/generated/torch.nn.ModuleList.html", "https://github.com/yuanyuanli85/Fast_Human_Pose_Estimation_Pytorch/issues/7", "https://github.com/ML4ITS/mtad-gat-pytorch/issues/23"],
  samples: [
    {
      text: '  File "/opt/conda/lib/python3.7/site-packages/torch/nn/modules/conv.py", line 346, in _conv_forward\n    self.padding, self.dilation, self.groups)\nRuntimeError: Input type (torch.FloatTensor) and weight type (torch.cuda.FloatTensor) should be the same',
      source: "https://github.com/ANYMS-A/Skeleton_Aware_Networks_for_Deep_Motion_Retargeting/issues/1",
    },
  ],
});
