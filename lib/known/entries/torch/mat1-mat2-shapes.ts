import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.mat1-mat2-shapes",
  category: "code.value",
  match: [/mat1 and mat2 shapes cannot be multiplied \((?<r1>\d{1,9})x(?<c1>\d{1,9}) and (?<r2>\d{1,9})x(?<c2>\d{1,9})\)/],
  title: (c) => t(`线性层期望 ${c.g.r2 ?? "N"} 个输入特征，实际得到 ${c.g.c1 ?? "M"} 个`, `A linear layer expects ${c.g.r2 ?? "N"} input features but got ${c.g.c1 ?? "M"}`),
  summary: (c) =>
    t(
      `矩阵乘法要求第一个矩阵的列数等于第二个矩阵的行数。这里输入是 ${c.g.r1}×${c.g.c1}（${c.g.r1} 行样本、每行 ${c.g.c1} 个特征），而权重是 ${c.g.r2}×${c.g.c2}——通常就是 nn.Linear(in_features=${c.g.r2}, out_features=${c.g.c2})。${c.g.c1} ≠ ${c.g.r2}，所以无法相乘。`,
      `Matrix multiplication needs the first matrix's columns to equal the second's rows. The input here is ${c.g.r1}×${c.g.c1} (${c.g.r1} rows, ${c.g.c1} features each) and the weight is ${c.g.r2}×${c.g.c2}, usually an nn.Linear(in_features=${c.g.r2}, out_features=${c.g.c2}). ${c.g.c1} ≠ ${c.g.r2}, so they cannot be multiplied.`,
    ),
  causes: [
    t("卷积层之后 Flatten 得到的特征数与 nn.Linear 的 in_features 不一致（改了输入图片尺寸、通道数或网络层后没有同步修改）", "the feature count after Flatten differs from nn.Linear's in_features (the input size, channels or layers changed without updating it)"),
    t("张量形状多了或少了维度（例如 (N, 512, 1, 1) 没有 squeeze/flatten 成 (N, 512)，或把 batch 维也压平了）", "the tensor has extra or missing dimensions ((N, 512, 1, 1) not squeezed/flattened to (N, 512), or the batch dimension was flattened away)"),
    t("加载的权重或组件与模型配置不匹配（例如给一个模型接上了另一种尺寸的编码器/适配器）", "weights or components that do not match the model's configuration (an encoder/adapter of another size plugged into the model)"),
  ],
  solutions: [
    {
      title: (c) => t(`让 in_features 等于实际特征数 ${c.g.c1 ?? ""}`, `Make in_features equal the actual feature count ${c.g.c1 ?? ""}`),
      steps: [t("在进入线性层前打印张量形状；如果输入本身是对的，就把该层的 in_features 改成实际的最后一维大小。", "Print the tensor shape right before the linear layer; if the input is right, set that layer's in_features to the actual last dimension.")],
      code: (c) =>
        c.g.c1 && c.g.c2
          ? block("python", [
              "import torch",
              "from torch import nn",
              "",
              `x = torch.randn(2, ${c.g.c1})  # shape reaching the layer: (batch, ${c.g.c1})`,
              `layer = nn.Linear(in_features=${c.g.c1}, out_features=${c.g.c2})  # was in_features=${c.g.r2}`,
              "print(x.shape, layer(x).shape)",
            ])
          : null,
    },
    {
      title: t("如果是形状处理错了：先把维度整理好", "If the shape handling is wrong: fix the dimensions first"),
      steps: [t("用 torch.flatten(x, start_dim=1) 保留 batch 维，或用 squeeze 去掉长度为 1 的维度，再送进线性层。", "Use torch.flatten(x, start_dim=1) to keep the batch dimension, or squeeze away length-1 dimensions, before the linear layer.")],
    },
  ],
  docs: ["https://github.com/mrdbourke/pytorch-deep-learning/issues/763", "https://github.com/wqshmzh/CANet-CZSL/issues/7", "https://github.com/pytorch/pytorch/issues/139037"],
  samples: [
    {
      text: "    return F.linear(input, self.weight, self.bias)\nRuntimeError: mat1 and mat2 shapes cannot be multiplied (4x356352 and 344064x512)",
      source: "https://github.com/PawitKoch/LO-Net-pytorch/issues/1",
    },
  ],
});
