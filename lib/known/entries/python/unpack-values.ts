import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.unpack-count-mismatch",
  category: "code.value",
  match: [/ValueError: (?<which>too many|not enough) values to unpack \(expected (?<expected>\d{1,4})(?:, got (?<got>\d{1,6}))?\)/],
  priority: -1,
  title: (c) =>
    c.g.which === "too many"
      ? t(`解包时值太多：期望 ${c.g.expected ?? "?"} 个${c.g.got ? `，实际 ${c.g.got} 个` : ""}`, `Too many values to unpack: expected ${c.g.expected ?? "?"}${c.g.got ? `, got ${c.g.got}` : ""}`)
      : t(`解包时值不够：期望 ${c.g.expected ?? "?"} 个${c.g.got ? `，实际 ${c.g.got} 个` : ""}`, `Not enough values to unpack: expected ${c.g.expected ?? "?"}${c.g.got ? `, got ${c.g.got}` : ""}`),
  summary: (c) =>
    t(
      `a, b = x 这样的赋值要求右边恰好有 ${c.g.expected ?? "左边变量个数"} 个元素，但实际${c.g.got ? `有 ${c.g.got} 个` : (c.g.which === "too many" ? "更多" : "更少")}。右边的值（函数返回值、split 的结果、循环里的每一项）的长度和你以为的不同。`,
      `An assignment like a, b = x needs exactly ${c.g.expected ?? "as many elements as names on the left"} on the right, but there were ${c.g.got ?? (c.g.which === "too many" ? "more" : "fewer")}. The right-hand value (a function's return, a split result, each item of a loop) has a different length than you assumed.`,
    ),
  causes: [
    t("函数返回的元素个数变了（库升级后多返回/少返回了一个值）", "a function now returns a different number of values (a library upgrade added or removed one)"),
    t("str.split() 的结果个数随数据变化：分隔符出现的次数多于或少于预期", "str.split() yields a varying count: the separator occurs more or fewer times than expected"),
    t("数组的 shape 维数和预期不同：如 h, w = img.shape 遇到多通道图像（shape 为 (h, w, c)）", "an array's shape has a different number of dimensions: h, w = img.shape on a multi-channel image (shape (h, w, c))"),
    t("遍历字典时写成 for k, v in d（应为 d.items()），或遍历的每一项长度不一", "iterating a dict as for k, v in d (it needs d.items()), or items of varying length"),
  ],
  solutions: [
    {
      title: t("先看右边的值到底有几个元素", "Check how many elements the right-hand value really has"),
      steps: [t("在报错行之前打印 repr(值) 和 len(值)；对照函数文档或数据格式，调整左边的变量个数。", "Print repr(value) and len(value) before the failing line, compare with the function's docs or the data format, and fix the number of names on the left.")],
      code: () => block("python", ['line = "key=value=with=equals"', 'key, value = line.split("=", 1)  # maxsplit keeps exactly two parts', "print(key, value)", "", 'scores = {"ann": 3}', "for name, score in scores.items():", "    print(name, score)"]),
    },
    {
      title: t("只关心前几个值时用星号收集其余部分", "When only the first values matter, collect the rest with a star"),
      steps: [t("first, *rest = values 让多余的值进入 rest 列表，不会再因个数不符报错。", "first, *rest = values puts the extra values into the rest list, so the count no longer has to match.")],
      code: () => block("python", ["values = (1, 2, 3, 4)", "first, second, *rest = values", "print(first, second, rest)"]),
    },
  ],
  docs: ["https://docs.python.org/3.1/library/exceptions.html", "https://github.com/scutcsq/DWFormer/issues/4"],
  samples: [{ text: "    h, w = img.shape\nValueError: too many values to unpack (expected 2)", source: "https://github.com/LinghuiXia/GLCM/issues/4" }],
});
