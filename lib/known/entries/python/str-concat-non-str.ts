import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.str-concat-non-str",
  category: "code.type",
  match: [/can only concatenate str \(not "(?<other>\w{1,40})"\) to str/, /cannot concatenate 'str' and '(?<other>\w{1,40})' objects/],
  priority: -1,
  title: (c) => t(`字符串不能直接用 + 拼接 ${c.g.other ?? "非字符串"}`, `A str cannot be joined with + to a ${c.g.other ?? "non-str"}`),
  summary: (c) =>
    t(
      `用 + 连接字符串时，两边都必须是 str；这里右边是 ${c.g.other ?? "别的类型"}。Python 不会自动把它转成字符串，要么显式 str()，要么用 f-string 格式化。`,
      `With +, both sides of a string concatenation must be str; here the right side is ${c.g.other ?? "another type"}. Python does not convert it implicitly: call str() or format with an f-string.`,
    ),
  causes: [
    (c) => t(`要拼进字符串的值是 ${c.g.other ?? "非字符串"}（计数、ID、计算结果等）`, `the value being joined is a ${c.g.other ?? "non-str"} (a count, an ID, a computed number …)`),
    t("原本是字符串的变量在某处被赋成了数字（如从 JSON、命令行参数或配置中读取时类型不同）", "a variable that used to be a string was assigned a number somewhere (JSON, command-line arguments or config delivered another type)"),
  ],
  solutions: [
    {
      title: t("用 f-string（或 str()）格式化", "Format with an f-string (or str())"),
      steps: [t("f-string 会对每个值调用格式化，不需要手动转换；只拼一个值时 str(值) 也可以。", "An f-string formats each value for you, no manual conversion needed; for a single value str(value) works too.")],
      code: () => block("python", ["count = 3", 'print(f"found {count} items")', 'print("found " + str(count) + " items")']),
    },
    {
      title: t("本应是数字运算时：把字符串转成数字", "If you meant arithmetic: convert the string to a number"),
      steps: [t("如果左边是从输入或参数读到的数字字符串（如 args.num + 1），先用 int()/float() 转换，或在 argparse 里声明 type=int。", "If the left side is a numeric string from input or arguments (args.num + 1, say), convert it with int()/float(), or declare type=int in argparse.")],
      code: () => block("python", ["import argparse", "", "parser = argparse.ArgumentParser()", 'parser.add_argument("--num", type=int, default=1)', "args = parser.parse_args()", "print(args.num + 1)"]),
    },
  ],
  docs: ["https://docs.python.org/3.1/library/exceptions.html", "https://github.com/jon-xu/scSplit/issues/2"],
  samples: [
    {
      text: "    print('\\n' + identical_regions_cfa, 'CFA artifacts detected')\nTypeError: can only concatenate str (not \"int\") to str",
      source: "https://github.com/andrewlevandoski/Image-Forgery-Detection/issues/4",
    },
  ],
});
