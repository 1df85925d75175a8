import { block, defineKnownError, t } from "../../define";

// rustc's error index (E0507) is the source: compiler/rustc_error_codes/src/error_codes/E0507.md.
export default defineKnownError({
  id: "rust.e0507-move-out-of-borrow",
  category: "build.compile",
  match: [/error\[E0507\]: cannot move out of (?<what>[^\n]{1,160})/, /error\[E0507\]/],
  title: (c) => (c.g.name ? t(`不能从借用的内容里移出所有权（E0507）`, `Cannot move out of borrowed content (E0507)`) : t("不能从借用的内容里移出所有权（E0507）", "Cannot move out of borrowed content (E0507)")),
  summary: t("代码试图从一个引用（&T、&mut T、RefCell::borrow()、Fn 闭包捕获的变量等）背后把值按值拿走。引用只借了值，不拥有它，所以不能把它移出来。", "The code tries to take a value by value from behind a reference (&T, &mut T, RefCell::borrow(), a variable captured by an Fn closure). A reference only borrows the value, it does not own it, so it cannot move it out."),
  causes: [
    t("调用了按值接收 self 的方法（fn m(self)），而手里只有引用", "calling a method that takes self by value while holding only a reference"),
    t("从 &Vec / &Option / 结构体引用里按值取字段（let s = r.field;）", "taking a field by value out of a &Vec, &Option or struct reference (let s = r.field;)"),
  ],
  solutions: [
    { title: t("借用而不是移动，或者克隆", "Borrow instead of moving, or clone"), steps: [t("用 &r.field 或 .as_ref()/.as_mut() 借用；确实需要一份时 .clone()。", "Borrow with &r.field or .as_ref()/.as_mut(); clone when you really need your own copy.")], code: () => block("bash", ["rustc --explain E0507"]) },
    { title: t("要从 &mut 里拿走值，就放一个替代值进去", "To take a value out of a &mut, put a replacement in"), steps: [t("std::mem::take / std::mem::replace，或 Option 的 .take()，可以取走值并留下默认值。", "std::mem::take / std::mem::replace, or Option's .take(), move the value out and leave a default behind.")] },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0507.md", "https://doc.rust-lang.org/book/ch04-02-references-and-borrowing.html"],
  samples: [{ text: "error[E0507]: cannot move out of dereference of `Ref<'_, TheDarkKnight>`\n  --> src/main.rs:10:5\n   |\n10 |     x.borrow().nothing_is_true();\n   |     ^^^^^^^^^^ move occurs because value has type `TheDarkKnight`, which does not implement the `Copy` trait", source: "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0507.md" }],
});
