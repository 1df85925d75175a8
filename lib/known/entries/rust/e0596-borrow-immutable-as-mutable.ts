import { block, defineKnownError, ic, t } from "../../define";

// rustc's error index (E0596) is the source: compiler/rustc_error_codes/src/error_codes/E0596.md.
export default defineKnownError({
  id: "rust.e0596-borrow-immutable-as-mutable",
  category: "build.compile",
  match: [/error\[E0596\]: cannot borrow `(?<name>[^`\n]{1,100})` as mutable/, /error\[E0596\]/],
  title: (c) => t(`不能把不可变的 ${ic(c.g.name ?? "")} 可变借用（E0596）`, `Cannot borrow immutable ${ic(c.g.name ?? "")} as mutable (E0596)`),
  summary: (c) =>
    t(
      `代码要对 ${c.g.name ? ic(c.g.name) : "一个值"} 取可变借用（&mut，或调用需要 &mut self 的方法如 push），但它声明时没有 mut。Rust 的变量默认不可变：在 let 后加 mut；如果它是函数参数或通过 & 引用拿到的，就要把参数写成 mut 或把类型改成 &mut。`,
      `The code takes a mutable borrow of ${c.g.name ? ic(c.g.name) : "a value"} (&mut, or a method that needs &mut self such as push) but it was not declared mut. Rust variables are immutable by default: add mut after let; if it is a parameter or reached through a & reference, make the parameter mut or change the type to &mut.`,
    ),
  causes: [
    t("let 声明时没有 mut", "the let binding has no mut"),
    t("值是通过共享引用 &T 拿到的，需要 &mut T", "the value is reached through a shared reference &T where &mut T is needed"),
    t("闭包修改了捕获的变量，但闭包本身的绑定没有 mut", "a closure mutates what it captured but the closure's own binding is not mut"),
  ],
  solutions: [
    {
      title: (c) => t(`把 ${c.g.name ? ic(c.g.name) : "它"} 声明为可变`, `Declare ${c.g.name ? ic(c.g.name) : "it"} as mutable`),
      steps: [(c) => t(`写成 let mut ${c.g.name ?? "x"} = …；参数写成 mut ${c.g.name ?? "x"}: T，或把引用类型从 &T 改为 &mut T。`, `Write let mut ${c.g.name ?? "x"} = …; for a parameter use mut ${c.g.name ?? "x"}: T, or change a &T reference to &mut T.`)],
      code: () => block("bash", ["rustc --explain E0596"]),
    },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0596.md", "https://doc.rust-lang.org/book/ch03-01-variables-and-mutability.html"],
  samples: [{ text: "error[E0596]: cannot borrow `x` as mutable, as it is not declared as mutable\n --> src/main.rs:3:13\n  |\n3 |     let y = &mut x;\n  |             ^^^^^^ cannot borrow as mutable", source: "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0596.md" }],
});
