import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "rust.unwrap-on-none",
  category: "code.null_reference",
  match: [/called `(?<which>Option::unwrap|Option::expect)\(\)` on a `None` value/],
  title: (c) => t(`${ic(`${c.g.which ?? "Option::unwrap"}()`)} 遇到了 None，程序 panic`, `${ic(`${c.g.which ?? "Option::unwrap"}()`)} hit None and panicked`),
  summary: t(
    "unwrap()/expect() 在 Option 是 None 时直接 panic。值可能不存在时（map 里查不到键、迭代器为空、解析失败、环境变量没设置），要用 match / if let / unwrap_or 等处理 None。panic 信息里的 文件:行:列 指向调用 unwrap 的位置。",
    "unwrap()/expect() panic when the Option is None. When the value may be absent (a missing map key, an empty iterator, a failed parse, an unset environment variable), handle None with match / if let / unwrap_or. The file:line:col in the panic points at the unwrap call.",
  ),
  causes: [
    t("对可能为空/可能失败的值直接调用了 unwrap()", "unwrap() was called on a value that can be empty or fail"),
    t("输入（文件、配置、环境变量、命令行参数）不存在或格式不对", "the input (file, config, environment variable, argument) is missing or malformed"),
  ],
  solutions: [
    {
      title: t("在 panic 指向的位置处理 None/Err", "Handle None/Err at the location the panic points to"),
      steps: [
        t("函数返回 Result 时用 ? 把错误传给调用者；否则用 match、if let，或 unwrap_or / unwrap_or_else / unwrap_or_default 提供默认值。", "If the function returns Result, propagate with ?; otherwise use match, if let, or unwrap_or / unwrap_or_else / unwrap_or_default for a default."),
        t("确实不该失败的地方改用 expect(\"说明\")，panic 时能看出是哪个假设不成立；设置 RUST_BACKTRACE=1 可看到完整调用栈。", "Where it truly cannot fail, use expect(\"why\") so the panic says which assumption broke; RUST_BACKTRACE=1 shows the full call stack."),
      ],
    },
  ],
  docs: ["https://github.com/naviat/learning-rust-site/blob/master/source/docs/e4.unwrap_and_expect.md", "https://gist.github.com/robinst/67aadb58b13492c746046b274de9b8d3"],
  samples: [{ text: "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/main.rs:72:33\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace", source: "https://gitlab.com/antnks/telegram-queue/-/issues/1" }],
});
