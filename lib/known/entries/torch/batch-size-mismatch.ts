import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.batch-size-mismatch",
  category: "code.value",
  match: [/Expected input batch_size \((?<input>\d{1,9})\) to match target batch_size \((?<target>\d{1,9})\)/],
  title: (c) => t(`损失函数的输入有 ${c.g.input} 行，标签却有 ${c.g.target} 个`, `The loss got ${c.g.input} input rows but ${c.g.target} targets`),
  summary: (c) => {
    const i = Number(c.g.input);
    const tg = Number(c.g.target);
    const ratio = i > tg && tg > 0 && i % tg === 0 ? i / tg : tg > i && i > 0 && tg % i === 0 ? tg / i : 0;
    return t(
      `CrossEntropyLoss / NLLLoss 要求输入形状为 (N, 类别数)，标签形状为 (N,)，两者的第一维必须相等。这里输入第一维是 ${c.g.input}，标签是 ${c.g.target}。${ratio ? `两者正好差 ${ratio} 倍，通常是某处 view / reshape 把别的维度并进了批次维（或把 one-hot 标签展平了）。` : ""}`,
      `CrossEntropyLoss / NLLLoss expect input shaped (N, classes) and targets shaped (N,), with the same first dimension. Here the input's first dimension is ${c.g.input} and the targets' is ${c.g.target}. ${ratio ? `They differ by exactly ${ratio}×, which usually means a view / reshape folded another dimension into the batch (or one-hot labels were flattened).` : ""}`,
    );
  },
  causes: [
    t("模型里 x.view(-1, k) 的 k 算错，把通道 / 空间维度并进了批次维", "x.view(-1, k) in the model uses the wrong k and folds channel / spatial dimensions into the batch"),
    t("标签是 one-hot 矩阵，被 view(-1) 展平成了 N×类别数 个元素", "the labels are one-hot and view(-1) flattened them into N × classes elements"),
    t("代码里写死了 batch_size，最后一个不满的批次形状对不上", "batch_size is hard-coded and the last, smaller batch does not match"),
    t("序列任务里 logits 和标签按不同方式展平（例如一个截断了最后一个位置，另一个没有）", "in sequence tasks logits and labels are flattened differently (one drops the last position, the other does not)"),
  ],
  solutions: [
    {
      title: t("在损失前打印形状，按批次维展平", "Print the shapes before the loss and flatten per sample"),
      steps: [
        t(
          "用 x.flatten(1)（或 x.view(x.size(0), -1)）代替 view(-1, 固定数)，批次维就不会被改变；one-hot 标签用 argmax(dim=1) 转成类别索引；需要批次大小的地方用 x.size(0) 而不是常量。",
          "Use x.flatten(1) (or x.view(x.size(0), -1)) instead of view(-1, constant) so the batch dimension stays intact; turn one-hot labels into class indices with argmax(dim=1); use x.size(0) rather than a constant wherever the batch size is needed.",
        ),
      ],
      code: () =>
        block("python", [
          "import torch",
          "from torch import nn",
          "",
          "features = torch.randn(8, 16, 4, 4)",
          "logits = nn.Linear(16 * 4 * 4, 3)(features.flatten(1))  # (8, 3), not view(-1, 16)",
          "one_hot = torch.eye(3)[torch.randint(0, 3, (8,))]",
          "target = one_hot.argmax(dim=1)  # (8,) class indices",
          "print(logits.shape, target.shape)",
          "loss = nn.CrossEntropyLoss()(logits, target)",
        ]),
    },
  ],
  docs: ["https://github.com/deepset-ai/FARM/issues/100", "https://github.com/xinge008/Cylinder3D/issues/58", "https://github.com/pytorch/pytorch/issues/139031"],
  samples: [
    {
      text: '  File "/var/www/html/question_generate/env/lib/python3.6/site-packages/torch/nn/functional.py", line 1869, in nll_loss\n    .format(input.size(0), target.size(0)))\nValueError: Expected input batch_size (1216) to match target batch_size (1280)',
      source: "https://github.com/gauthierdmn/question_generation/issues/4",
    },
  ],
});
