import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "go.index-out-of-range",
  category: "code.index_key",
  match: [/panic: runtime error: index out of range \[(?<idx>-?\d{1,12})\] with length (?<len>\d{1,12})/, /panic: runtime error: slice bounds out of range \[(?<range>[^\]\n]{1,40})\](?: with (?:length|capacity) (?<len>\d{1,12}))?/, /panic: runtime error: index out of range/],
  title: (c) => (c.g.idx ? t(`下标 ${c.g.idx} 越界：长度只有 ${c.g.len ?? "?"}`, `Index ${c.g.idx} out of range for length ${c.g.len ?? "?"}`) : c.g.range ? t(`切片范围 [${c.g.range}] 越界`, `Slice bounds [${c.g.range}] out of range`) : t("数组/切片下标越界", "Array or slice index out of range")),
  summary: (c) =>
    t(
      c.g.idx ? `访问了下标 ${c.g.idx}，但这个数组/切片/字符串的长度是 ${c.g.len ?? "?"}，合法下标只有 0 到长度减一。` : "访问的下标或切片范围超出了数组/切片/字符串的长度。",
      c.g.idx ? `Index ${c.g.idx} was accessed, but the array/slice/string has length ${c.g.len ?? "?"}; valid indices run from 0 to length minus one.` : "An index or slice range went past the length of the array, slice or string.",
    ),
  causes: [
    (c) => (c.g.len === "0" ? t("切片是空的（长度 0）：例如查询/解析没有结果、os.Args 没有传参数", "the slice is empty (length 0): e.g. a query or parse returned nothing, or os.Args has no arguments") : t("循环边界写成了 <= len(s)，或者下标来自外部输入没有校验", "a loop bound of <= len(s), or an index from external input that was never checked")),
    t("假设 strings.Split 等返回了固定数量的元素", "assuming strings.Split (or similar) returned a fixed number of parts"),
  ],
  solutions: [
    {
      title: t("访问前检查长度", "Check the length before indexing"),
      steps: [t("在堆栈中自己代码的那一行前加上 if i < len(s) 之类的判断；处理空结果和参数不足的情况，而不是直接取 s[0]。", "At the line from your code in the stack trace, guard with if i < len(s); handle empty results and missing arguments instead of taking s[0] blindly.")],
    },
  ],
  docs: ["https://cloudwego.io/docs/kitex/best-practice/self_check/panic_self_check"],
  samples: [{ text: "panic: runtime error: index out of range [1] with length 1\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:9 +0x1d", source: "https://cloudwego.io/docs/kitex/best-practice/self_check/panic_self_check" }],
});
