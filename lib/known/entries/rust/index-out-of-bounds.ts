import { block, defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "rust.index-out-of-bounds",
  category: "code.index_key",
  match: [/index out of bounds: the len is (?<len>\d{1,20}) but the index is (?<idx>\d{1,20})/],
  title: (c) => t(`下标 ${c.g.idx} 越界：长度只有 ${c.g.len}`, `Index ${c.g.idx} is out of bounds for length ${c.g.len}`),
  summary: (c) =>
    t(
      `用 [] 按下标访问 Vec/切片/数组时，下标必须小于长度；这里长度是 ${c.g.len}，合法下标是 0..${c.g.len === "0" ? "（没有合法下标，集合为空）" : Number(c.g.len) - 1}，却访问了 ${c.g.idx}，于是线程 panic。${c.g.len === c.g.idx ? "下标恰好等于长度，是典型的差一错误（<= 写成了 <，或 len 当成了最后一个下标）。" : ""}`,
      `Indexing a Vec/slice/array with [] requires index < len; the length is ${c.g.len}, so valid indexes are ${c.g.len === "0" ? "none (it is empty)" : `0..=${Number(c.g.len) - 1}`}, but ${c.g.idx} was used, so the thread panicked.${c.g.len === c.g.idx ? " The index equals the length: a classic off-by-one (<= where < was meant, or len used as the last index)." : ""}`,
    ),
  causes: [
    t("循环边界或计算下标时差一（使用 0..=len 或 i+1）", "an off-by-one in a loop bound or index computation (0..=len, or i+1)"),
    t("数据比预期短或为空：输入文件、参数或上游结果与代码假设不符", "the data is shorter than expected or empty: input files, arguments or upstream results break the code's assumption"),
  ],
  solutions: [
    {
      title: t("找到 panic 的位置，用 get() 处理越界情况", "Find the panicking line and handle the out-of-range case with get()"),
      steps: [
        t("panic 消息里的 文件:行:列 就是越界的那次访问；设置 RUST_BACKTRACE=1 可以看到调用链。对可能越界的访问用 .get(i)，它返回 Option 而不是 panic。", "The file:line:column in the panic message is the failing access; set RUST_BACKTRACE=1 to see the call chain. Use .get(i) where the index may be out of range: it returns an Option instead of panicking."),
      ],
      code: () =>
        block("rust", [
          "fn main() {",
          "    let v = vec![1, 2, 3];",
          "    let i = 3;",
          "    match v.get(i) {",
          '        Some(x) => println!("{x}"),',
          '        None => eprintln!("index {i} is out of range for length {}", v.len()),',
          "    }",
          "}",
        ]),
    },
    ...categorySolutions("code.index_key"),
  ],
  docs: ["https://doc.rust-lang.org/std/ops/trait.Index.html", "https://doc.rust-lang.org/std/primitive.slice.html#method.get"],
  samples: [
    {
      text: "thread 'main' panicked at src/main.rs:4:28:\nindex out of bounds: the len is 5 but the index is 100\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
      source: "https://doc.rust-lang.org/book/ch08-01-vectors.html",
    },
  ],
});
