import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.index-out-of-range",
  category: "code.index_key",
  match: [/IndexError: (?<kind>list|tuple|string) index out of range/],
  priority: -1,
  title: (c) => t(`${c.g.kind ?? "list"} 的下标超出范围`, `${c.g.kind ?? "list"} index out of range`),
  summary: (c) =>
    t(
      `按下标取 ${c.g.kind ?? "list"} 的元素时，下标不存在：下标从 0 开始，长度为 n 的序列最大下标是 n-1；序列为空时连 [0] 也不存在。最常见的是序列比预期短或干脆是空的。`,
      `An element of a ${c.g.kind ?? "list"} was read at an index that does not exist: indexes start at 0, so a sequence of length n ends at n-1, and an empty sequence has no [0] at all. Most often the sequence is shorter than expected or empty.`,
    ),
  causes: [
    t("序列是空的：数据没读进来、查询没有结果、目录里没有匹配的文件、没有检测到 GPU 等设备", "the sequence is empty: data was not loaded, a query returned nothing, no files matched, no GPU or other device was found"),
    t("运行脚本时少传了命令行参数，sys.argv[1] 不存在", "the script was run without a command-line argument, so sys.argv[1] does not exist"),
    t("str.split() 的结果比预期少：分隔符没出现时只得到 1 个元素，[1] 就越界", "str.split() gave fewer parts than expected: without the separator there is one element, so [1] is out of range"),
    t("循环里用 range(len(x)+1) 或 i+1 访问，最后一次越界", "a loop uses range(len(x)+1) or x[i+1] and the last iteration runs past the end"),
  ],
  solutions: [
    {
      title: t("在取下标前检查长度，找出序列为什么比预期短", "Check the length before indexing and find out why the sequence is short"),
      steps: [
        t("回溯最后一行就是越界的那次下标访问。打印那个序列的 len() 和内容，确认数据、参数或分隔符是否如你所想。", "The last traceback line is the failing index. Print len() and the contents of that sequence to check the data, arguments or separator are what you expect."),
        t("对可能为空的结果显式处理，给出清楚的报错。", "Handle a possibly-empty result explicitly with a clear error."),
      ],
      code: () =>
        block("python", [
          "import sys",
          "",
          "if len(sys.argv) < 2:",
          '    raise SystemExit(f"usage: {sys.argv[0]} INPUT_FILE")',
          "input_file = sys.argv[1]",
          "",
          'parts = "key=value".split("=")',
          "value = parts[1] if len(parts) > 1 else None",
          "print(input_file, value)",
        ]),
    },
    {
      title: t("按元素遍历，而不是手动算下标", "Iterate over the elements instead of computing indexes"),
      steps: [
        t("for item in items、enumerate(items)、zip(a, b) 不会越界；需要相邻元素时用 zip(items, items[1:])。取最后一个元素用 items[-1]（序列非空时）。", "for item in items, enumerate(items) and zip(a, b) never run past the end; for neighbours use zip(items, items[1:]). Use items[-1] for the last element (when the sequence is non-empty)."),
      ],
      code: () => block("python", ["items = [3, 5, 8]", "for prev, cur in zip(items, items[1:]):", "    print(cur - prev)"]),
    },
  ],
  docs: ["https://docs.python.org/3.1/library/exceptions.html"],
  samples: [
    {
      text: "    last = self.tokens[-1].end_row  # meaningful tokens\nIndexError: list index out of range",
      source: "https://github.com/friendly-traceback/friendly-traceback/issues/83",
    },
  ],
});
