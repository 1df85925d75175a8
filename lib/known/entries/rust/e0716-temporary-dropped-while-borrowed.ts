import { block, defineKnownError, t } from "../../define";

// rustc's error index (E0716) is the source: compiler/rustc_error_codes/src/error_codes/E0716.md.
export default defineKnownError({
  id: "rust.e0716-temporary-dropped-while-borrowed",
  category: "build.compile",
  match: [/error\[E0716\]: temporary value dropped while borrowed/],
  title: (c) => (c.g.name ? t(`临时值在借用期间就被释放了（E0716）`, `Temporary value dropped while borrowed (E0716)`) : t("临时值在借用期间就被释放了（E0716）", "Temporary value dropped while borrowed (E0716)")),
  summary: t("对函数调用结果等临时值取了引用，而临时值在所在语句结束时就被释放，引用却还要在后面使用。", "A reference was taken to a temporary (such as a function call's result), which is freed at the end of the statement, but the reference is used later."),
  causes: [
    t("let r = f(&make_value()); 之后还用 r", "let r = f(&make_value()); followed by uses of r"),
    t("链式调用里对中间结果取引用（例如 String 的 .as_str()）后继续使用", "a reference into an intermediate result of a method chain (e.g. .as_str() of a temporary String) used afterwards"),
  ],
  solutions: [
    { title: t("先用 let 把临时值存进变量", "Store the temporary in a variable with let first"), steps: [t("let value = make_value(); let r = f(&value); 这样值活到块结束。", "let value = make_value(); let r = f(&value); now the value lives until the end of the block.")], code: () => block("bash", ["rustc --explain E0716"]) },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0716.md"],
  samples: [{ text: "error[E0716]: temporary value dropped while borrowed\n --> src/main.rs:4:14\n  |\n4 |     let p = bar(&foo());\n  |              ^^^^^ - temporary value is freed at the end of this statement\n  |              |\n  |              creates a temporary value which is freed while still in use\n5 |     let q = *p;\n  |             -- borrow later used here", source: "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0716.md" }],
});
