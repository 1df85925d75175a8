import { block, defineKnownError, ic, t } from "../../define";

// rustc's error index (E0384) is the source: compiler/rustc_error_codes/src/error_codes/E0384.md.
export default defineKnownError({
  id: "rust.e0384-assign-twice-immutable",
  category: "build.compile",
  match: [/error\[E0384\]: cannot assign twice to immutable variable `(?<name>[^`\n]{1,100})`/, /error\[E0384\]/],
  title: (c) => t(`给不可变变量 ${ic(c.g.name ?? "")} 重新赋值（E0384）`, `Reassigning immutable variable ${ic(c.g.name ?? "")} (E0384)`),
  summary: (c) =>
    t(
      `${c.g.name ? ic(c.g.name) : "这个变量"} 声明时没有 mut，之后又被赋值。Rust 变量默认不可变：需要修改就写 let mut；如果只是想用同名保存一个新值，也可以用 let 重新声明（遮蔽，shadowing）。`,
      `${c.g.name ? ic(c.g.name) : "The variable"} was declared without mut and assigned again later. Rust variables are immutable by default: write let mut if it must change, or, if you only want the name to hold a new value, declare it again with let (shadowing).`,
    ),
  causes: [t("let 绑定缺少 mut，却在后面被赋值（包括在循环里累加）", "the let binding lacks mut but is assigned later (including accumulating in a loop)")],
  solutions: [
    {
      title: t("加 mut，或用 let 遮蔽", "Add mut, or shadow it with let"),
      steps: [(c) => t(`let mut ${c.g.name ?? "x"} = …；或者在需要新值的地方写 let ${c.g.name ?? "x"} = 新值;`, `let mut ${c.g.name ?? "x"} = …; or write let ${c.g.name ?? "x"} = new_value; where the new value is needed.`)],
      code: () => block("bash", ["rustc --explain E0384"]),
    },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0384.md", "https://doc.rust-lang.org/book/ch03-01-variables-and-mutability.html#shadowing"],
  samples: [{ text: "error[E0384]: cannot assign twice to immutable variable `x`\n --> src/main.rs:3:5\n  |\n2 |     let x = 3;\n  |         - first assignment to `x`\n3 |     x = 5;\n  |     ^^^^^ cannot assign twice to immutable variable", source: "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0384.md" }],
});
