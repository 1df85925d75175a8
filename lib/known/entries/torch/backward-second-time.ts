import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.backward-second-time",
  category: "unknown",
  match: [/Trying to backward through the graph a second time/],
  title: t("对已经释放的计算图再次 backward", "backward() through a graph that was already freed"),
  summary: t(
    "默认情况下，backward() 完成后会释放计算图里保存的中间值以节省内存；之后再有 backward 经过同一段图就会失败。常见原因不是“需要两次求导”，而是某个张量跨迭代复用：循环外算好的张量、在批次之间传递却没 detach 的 RNN 隐状态，或对同一次前向的输出调用了两次 backward。",
    "By default backward() frees the intermediate values saved in the graph to save memory; any later backward through the same part of the graph fails. Usually the cause is not a real need to differentiate twice but a tensor reused across iterations: one computed before the loop, an RNN hidden state carried between batches without detach, or two backward calls on the output of one forward pass.",
  ),
  causes: [
    t("在训练循环外计算的张量（或上一轮的输出）被带进了这一轮的损失", "a tensor computed outside the training loop (or last iteration's output) feeds this iteration's loss"),
    t("RNN/LSTM 的隐状态在批次之间传递，但没有 .detach()", "an RNN/LSTM hidden state is carried between batches without .detach()"),
    t("对同一次前向得到的输出调用了两次 backward（例如 SAM 等两步优化器的第二步没有重新前向）", "backward called twice on the output of one forward pass (e.g. the second step of a two-step optimizer like SAM without a fresh forward)"),
  ],
  solutions: [
    {
      title: t("每次 backward 前重新做前向，跨迭代的张量先 detach", "Recompute the forward pass for each backward, detach tensors carried across iterations"),
      steps: [t("把前向计算放进循环内；需要在批次之间保留的状态用 .detach() 断开与旧图的联系。", "Move the forward computation inside the loop; detach state you keep between batches so it no longer links to the old graph.")],
      code: () =>
        block("python", [
          "import torch",
          "",
          "rnn = torch.nn.GRU(4, 8, batch_first=True)",
          "opt = torch.optim.SGD(rnn.parameters(), lr=0.1)",
          "hidden = torch.zeros(1, 2, 8)",
          "for _ in range(3):",
          "    out, hidden = rnn(torch.randn(2, 5, 4), hidden)",
          "    loss = out.pow(2).mean()",
          "    opt.zero_grad()",
          "    loss.backward()",
          "    opt.step()",
          "    hidden = hidden.detach()  # cut the link to this iteration's graph",
          "print(loss.item())",
        ]),
    },
    {
      title: t("确实要对同一张图求两次导时才用 retain_graph=True", "Use retain_graph=True only when you really backprop the same graph twice"),
      steps: [t("例如两个损失共享同一段前向且必须分别 backward；它会让图一直占用内存，不能用来掩盖上面的复用问题。", "For example two losses sharing one forward that must be backpropagated separately; it keeps the graph in memory and must not be used to paper over the reuse bugs above.")],
    },
  ],
  docs: ["https://github.com/pytorch/pytorch/issues/11192", "https://github.com/davda54/sam/issues/45", "https://github.com/TingsongYu/PyTorch-Tutorial-2nd/issues/33"],
  samples: [
    {
      text: "RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.",
      source: "https://github.com/xuchen-ethz/fast-snarf/issues/5",
    },
  ],
});
