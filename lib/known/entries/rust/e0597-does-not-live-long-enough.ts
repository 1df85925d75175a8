import { block, defineKnownError, ic, t } from "../../define";

// rustc's error index (E0597) is the source: compiler/rustc_error_codes/src/error_codes/E0597.md.
export default defineKnownError({
  id: "rust.e0597-does-not-live-long-enough",
  category: "build.compile",
  match: [/error\[E0597\]: `(?<name>[^`\n]{1,100})` does not live long enough/, /error\[E0597\]/],
  title: (c) => t(`${ic(c.g.name ?? "")} 活得不够久（E0597）`, `${ic(c.g.name ?? "")} does not live long enough (E0597)`),
  summary: (c) =>
    t(
      `${c.g.name ? ic(c.g.name) : "这个值"} 在作用域结束时被释放了，但对它的借用还要在更后面使用（编译器会标出 dropped here while still borrowed 和 borrow later used here）。让值活得更久——把它移到外层作用域、在借用结束前使用完——或者存储拥有所有权的值（clone、String、Vec）而不是引用。`,
      `${c.g.name ? ic(c.g.name) : "The value"} is dropped at the end of its scope while a borrow of it is still used later (the compiler marks dropped here while still borrowed and borrow later used here). Make the value live longer — move it to the outer scope, or finish using the borrow first — or store an owned value (clone, String, Vec) instead of a reference.`,
    ),
  causes: [
    t("值在内层块里创建，引用却被存到外层变量或结构体里", "the value is created in an inner block but a reference to it is stored in an outer variable or struct"),
    t("把局部变量的引用放进了需要更长生命周期的地方（线程、返回值、'static 要求）", "a reference to a local is put where a longer lifetime is required (a thread, a return value, a 'static bound)"),
  ],
  solutions: [
    {
      title: t("把值移到外层作用域，或改存拥有所有权的值", "Move the value to the outer scope, or store an owned value"),
      steps: [t("需要交给线程或长期保存时，传 clone 出来的值、Arc，或用 move 闭包转移所有权。", "When it goes to a thread or is kept long-term, pass a clone, an Arc, or transfer ownership with a move closure.")],
      code: () => block("bash", ["rustc --explain E0597"]),
    },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0597.md", "https://doc.rust-lang.org/book/ch10-03-lifetime-syntax.html"],
  samples: [{ text: "error[E0597]: `y` does not live long enough\n --> src/main.rs:8:16\n  |\n8 |     x.x = Some(&y);\n  |                ^^ borrowed value does not live long enough\n9 | }\n  | - `y` dropped here while still borrowed", source: "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0597.md" }],
});
