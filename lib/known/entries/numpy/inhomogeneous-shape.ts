import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "numpy.inhomogeneous-shape",
  category: "code.value",
  match: [/The requested array has an inhomogeneous shape after (?<dims>\d{1,2}) dimensions?\. The detected shape was (?<shape>\([\d, ]{0,60}\)) \+ inhomogeneous part/],
  title: t("用长短不一的序列创建 NumPy 数组（不规则数组）", "A NumPy array was built from sequences of different lengths (a ragged array)"),
  summary: (c) =>
    t(
      `np.array / np.asarray 收到的嵌套列表在第 ${c.g.dims ?? "N"} 层之后长度不一致（前面的形状是 ${c.g.shape ?? "(…)"}），无法组成规整的多维数组。旧版 NumPy 会悄悄创建 dtype=object 的数组并给出弃用警告；NumPy 1.24 起这直接报错。`,
      `np.array / np.asarray got nested sequences whose lengths differ after dimension ${c.g.dims ?? "N"} (the regular part is ${c.g.shape ?? "(…)"}), so they cannot form a regular n-dimensional array. Older NumPy silently built a dtype=object array with a deprecation warning; since NumPy 1.24 this is an error.`,
    ),
  causes: [
    t("列表里的子列表/子数组长度不同（如不同长度的句子、检测框、时间序列）", "the sub-lists/sub-arrays have different lengths (sentences, boxes or time series of different length)"),
    t("代码或依赖是在 NumPy 1.24 之前写的，当时这只是警告", "the code or a dependency predates NumPy 1.24, when this was only a warning"),
  ],
  solutions: [
    {
      title: t("确实需要不规则数据时，显式写 dtype=object", "If the data is ragged on purpose, pass dtype=object explicitly"),
      steps: [t("这会恢复旧版本的行为：得到一维的对象数组，每个元素是一个子序列；保存时 np.save 需要 allow_pickle=True。", "This restores the old behaviour: a 1-D object array whose elements are the sub-sequences; np.save then needs allow_pickle=True.")],
      code: () => block("python", ["import numpy as np", "", "rows = [[1, 2, 3], [4, 5]]", "ragged = np.array(rows, dtype=object)", "print(ragged.shape, ragged[1])"]),
    },
    {
      title: t("需要数值矩阵时：先补齐（padding）到相同长度", "If you need a numeric matrix: pad to a common length first"),
      steps: [t("按最长的子序列补零（或截断），再组成规整数组。", "Pad (or truncate) every sub-sequence to the longest length, then build the array.")],
      code: () => block("python", ["import numpy as np", "", "rows = [[1, 2, 3], [4, 5]]", "width = max(len(r) for r in rows)", "matrix = np.zeros((len(rows), width))", "for i, r in enumerate(rows):", "    matrix[i, : len(r)] = r", "print(matrix)"]),
    },
  ],
  docs: ["https://github.com/thuml/Time-Series-Library/issues/720", "https://github.com/CenterForMedicalGeneticsGhent/WisecondorX/issues/99", "https://github.com/NUSTM/GMNER/issues/8"],
  samples: [
    {
      text: "    points = np.array([np.arange(row) + xmins[i] for i, row in enumerate(bounds[1::2])]) / filterscale\nValueError: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (12,) + inhomogeneous part.",
      source: "https://github.com/hpc203/virtual_try_on_use_deep_learning/issues/7",
    },
  ],
});
