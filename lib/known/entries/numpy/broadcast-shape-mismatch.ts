import { block, defineKnownError, t } from "../../define";

/** Parses "(3, 4)" into [3, 4]; bounded input from the match group. */
function dims(s: string | undefined): number[] {
  return (s ?? "")
    .replace(/[()\s]/g, "")
    .split(",")
    .filter((x) => x !== "")
    .map(Number);
}

/** The first trailing-aligned pair of sizes that neither match nor include 1. */
function clash(a: number[], b: number[]): [number, number] | null {
  for (let i = 1; i <= Math.min(a.length, b.length); i++) {
    const x = a[a.length - i]!;
    const y = b[b.length - i]!;
    if (x !== y && x !== 1 && y !== 1) return [x, y];
  }
  return null;
}

export default defineKnownError({
  id: "numpy.broadcast-shape-mismatch",
  category: "code.value",
  match: [/operands could not be broadcast together with shapes (?<a>\([\d, ]{0,80}\)) ?(?<b>\([\d, ]{0,80}\))/],
  title: (c) => t(`形状 ${c.g.a} 和 ${c.g.b} 的数组无法逐元素运算`, `Arrays shaped ${c.g.a} and ${c.g.b} cannot be combined element-wise`),
  summary: (c) => {
    const hit = clash(dims(c.g.a), dims(c.g.b));
    return t(
      `NumPy 从最后一维开始逐维比较两个形状：每一对维度要么相等，要么其中一个是 1，否则无法广播。${hit ? `这里对不上的是 ${hit[0]} 和 ${hit[1]}。` : ""}通常意味着两个数组本应描述同一批数据，却来自不同的来源或处理步骤（长度不同、少了一个轴、转置了）。`,
      `NumPy compares the two shapes dimension by dimension from the last one: each pair must be equal or include a 1, otherwise they cannot broadcast. ${hit ? `Here ${hit[0]} and ${hit[1]} clash.` : ""} It usually means two arrays that should describe the same data came from different sources or steps (different lengths, a missing axis, a transpose).`,
    );
  },
  causes: [
    t("两个数组本应等长，但来自不同的切片、过滤或不同分辨率的输入", "two arrays meant to be the same length come from different slices, filters or input resolutions"),
    t("需要按行运算时少了一个轴（例如 (N,) 与 (N, M) 需要写成 a[:, None]）", "a row-wise operation lacks an axis ((N,) against (N, M) needs a[:, None])"),
    t("数组被转置或重塑过，维度顺序与另一个不一致", "one array was transposed or reshaped and its axes are in a different order"),
  ],
  solutions: [
    {
      title: t("打印两个数组的形状，找出它们从哪一步开始不一致", "Print both shapes and find the step where they diverge"),
      steps: [t("对齐维度：要么修正数据来源让长度一致，要么用 [:, None] / np.newaxis 补轴、用 .T 调整轴顺序。不要为了消除报错而随意 reshape。", "Align the axes: fix the data source so lengths agree, or add an axis with [:, None] / np.newaxis and reorder with .T. Do not reshape blindly just to silence the error.")],
      code: () =>
        block("python", [
          "import numpy as np",
          "",
          "matrix = np.ones((4, 3))",
          "row_scale = np.arange(4)  # one value per row",
          "print(matrix.shape, row_scale.shape)",
          "scaled = matrix * row_scale[:, None]  # (4, 3) * (4, 1) broadcasts",
        ]),
    },
  ],
  docs: ["https://numpy.org/doc/stable/user/basics.broadcasting.html", "https://jiffyclub.github.io/numpy/user/basics.broadcasting.html"],
  samples: [
    {
      text: '  File "/Users/daurin/GitRepos/HyperCP/Source/ProcessInstrumentUncertainties.py", line 116, in Default\n    mean_values = [stats[\'ES\'][\'ave_Light\'], ones*stats[\'ES\'][\'ave_Dark\'],\nValueError: operands could not be broadcast together with shapes (10,) (255,)',
      source: "https://github.com/nasa/HyperCP/issues/69",
    },
  ],
});
