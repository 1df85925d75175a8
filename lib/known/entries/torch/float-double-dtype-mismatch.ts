import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.float-double-dtype-mismatch",
  category: "unknown",
  match: [
    /expected scalar type (?<a>Float|Double|Half|BFloat16|Long) but found (?<b>Float|Double|Half|BFloat16|Long)/i,
    /Found dtype (?<b>Float|Double|Half|BFloat16|Long) but expected (?<a>Float|Double|Half|BFloat16|Long)/,
    /Expected object of scalar type (?<a>Float|Double|Half|Long) but got scalar type (?<b>Float|Double|Half|Long)/,
  ],
  title: (c) => t(`张量的数据类型不一致：需要 ${c.g.a}，拿到的是 ${c.g.b}`, `Tensor dtypes do not match: ${c.g.a} expected, ${c.g.b} found`),
  summary: (c) =>
    t(
      `一个运算的两个操作数（常见是输入与权重，或预测与标签）数据类型不同：需要 ${c.g.a}，实际是 ${c.g.b}（Float = float32，Double = float64，Half = float16，Long = int64）。PyTorch 不会在这里自动转换。${/double/i.test(`${c.g.a}${c.g.b}`) ? "最常见的来源是 NumPy：NumPy 默认是 float64，torch.from_numpy / torch.tensor 会保留它，而模型参数是 float32。" : ""}`,
      `Two operands of one operation (usually input and weights, or predictions and labels) have different dtypes: ${c.g.a} expected, ${c.g.b} found (Float = float32, Double = float64, Half = float16, Long = int64). PyTorch does not convert them here. ${/double/i.test(`${c.g.a}${c.g.b}`) ? "The most common source is NumPy: NumPy defaults to float64, torch.from_numpy / torch.tensor keep it, and model parameters are float32." : ""}`,
    ),
  causes: [
    t("数据来自 NumPy / pandas（float64），模型参数是 float32", "the data comes from NumPy / pandas (float64) while the model's parameters are float32"),
    t("损失函数的标签类型不对（如 CrossEntropyLoss 需要 Long 类别索引，MSELoss 需要与预测同类型的浮点数）", "the loss gets labels of the wrong type (CrossEntropyLoss wants Long class indices, MSELoss floats matching the predictions)"),
    t("模型用 half / bfloat16 运行，而输入或某个自建张量仍是 float32", "the model runs in half / bfloat16 while the input or a hand-made tensor is still float32"),
  ],
  solutions: [
    {
      title: t("在数据进入模型前统一转换类型", "Convert dtypes once, before the data reaches the model"),
      steps: [t("回溯最后一行指出了出错的运算；把进入这个运算的张量转成模型参数的类型，标签按损失函数的要求转换。", "The last traceback line names the failing operation; convert the tensors entering it to the model's parameter dtype, and labels to what the loss expects.")],
      code: () =>
        block("python", [
          "import numpy as np",
          "import torch",
          "",
          "features = np.random.normal(0, 1, (8, 2))  # float64",
          "x = torch.from_numpy(features).float()  # or .to(torch.float32)",
          "labels = torch.tensor([0, 1, 1, 0, 1, 0, 0, 1]).long()  # class indices for CrossEntropyLoss",
          "print(x.dtype, labels.dtype)",
        ]),
    },
  ],
  docs: ["https://github.com/pytorch/pytorch/issues/5004", "https://github.com/OUCMachineLearning/OUCML/issues/24"],
  samples: [
    {
      text: "RuntimeError: Expected object of scalar type Float but got scalar type Double for argument #2 'other'",
      source: "https://github.com/marvis/pytorch-yolo2/issues/176",
    },
  ],
});
