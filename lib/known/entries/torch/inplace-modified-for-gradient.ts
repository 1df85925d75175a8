import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.inplace-modified-for-gradient",
  category: "unknown",
  match: [/one of the variables needed for gradient computation has been modified by an inplace operation(?:: \[(?<tensor>[\w.]{1,40} \[[\d, ]{0,40}\])\](?:, which is output \d{1,3} of (?<op>\w{1,60}),)? is at version (?<ver>\d{1,6}); expected version (?<expected>\d{1,6}))?/],
  title: t("反向传播需要的张量被原地修改了", "A tensor needed for backward was modified in place"),
  summary: (c) =>
    t(
      `autograd 在前向时保存了某个张量${c.g.tensor ? `（${c.g.tensor}${c.g.op ? `，${c.g.op} 的输出` : ""}）` : ""}用于计算梯度，之后它被原地修改（版本号从 ${c.g.expected ?? "N"} 变成了 ${c.g.ver ?? "N+1"}），梯度已无法正确计算，所以 backward() 报错。`,
      `autograd saved a tensor${c.g.tensor ? ` (${c.g.tensor}${c.g.op ? `, output of ${c.g.op}` : ""})` : ""} during the forward pass to compute gradients, and it was modified in place afterwards (its version went from ${c.g.expected ?? "N"} to ${c.g.ver ?? "N+1"}), so the gradient can no longer be computed correctly and backward() fails.`,
    ),
  causes: [
    t("对参与计算图的张量做了原地操作：x += y、x[idx] = v、x.add_()、nn.ReLU(inplace=True) 等", "in-place operations on tensors in the graph: x += y, x[idx] = v, x.add_(), nn.ReLU(inplace=True) …"),
    t("在两次 backward 之间调用了 optimizer.step()（常见于 GAN：先更新判别器参数，再对仍依赖旧参数的生成器损失做 backward）；这类旧代码在早期 PyTorch 上不报错，新版本会检测出来", "optimizer.step() ran between a forward pass and the backward that still needs the old parameters (typical in GAN code that updates the discriminator before backpropagating the generator loss); old PyTorch did not catch this, newer versions do"),
  ],
  solutions: [
    {
      title: t("打开异常检测，找到是哪一步原地修改", "Turn on anomaly detection to find the in-place step"),
      steps: [t("开启后报错会附带前向时创建该张量的位置；只在调试时开启，它会明显变慢。", "With it on, the error also shows where the tensor was created in the forward pass; enable it only while debugging, it is slow.")],
      code: () => block("python", ["import torch", "", "torch.autograd.set_detect_anomaly(True)  # debug only", "x = torch.ones(3, requires_grad=True)", "y = x.sigmoid()", "z = y * 2  # instead of y.mul_(2), which would modify a saved tensor", "z.sum().backward()", "print(x.grad)"]),
    },
    {
      title: t("把原地操作改成非原地，或调整更新顺序", "Make the operation out-of-place, or reorder the updates"),
      steps: [t("x = x + y 代替 x += y，inplace=False 代替 inplace=True；GAN 类代码要先完成所有需要旧参数的 backward，再调用各自的 optimizer.step()，或在 step 之后重新前向计算。", "Use x = x + y instead of x += y and inplace=False instead of inplace=True; in GAN-style code finish every backward that needs the old parameters before calling the optimizers' step(), or recompute the forward pass after the step.")],
    },
  ],
  docs: ["https://pytorch.org/docs/stable/autograd.html#anomaly-detection", "https://github.com/pytorch/pytorch/pull/18523", "https://github.com/thuml/Anomaly-Transformer/issues/3"],
  samples: [
    {
      text: "RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.cuda.FloatTensor [10, 49]], which is output 0 of SubBackward0, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).",
      source: "https://github.com/JDAI-CV/LIO/issues/9",
    },
  ],
});
