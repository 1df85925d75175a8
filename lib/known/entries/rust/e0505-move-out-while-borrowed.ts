import { block, defineKnownError, ic, t } from "../../define";

// rustc's error index (E0505) is the source: compiler/rustc_error_codes/src/error_codes/E0505.md.
export default defineKnownError({
  id: "rust.e0505-move-out-while-borrowed",
  category: "build.compile",
  match: [/error\[E0505\]: cannot move out of `(?<name>[^`\n]{1,100})` because it is borrowed/, /error\[E0505\]/],
  title: (c) => (c.g.name ? t(`${ic(c.g.name ?? "")} 还被借用着，却被移动走了（E0505）`, `${ic(c.g.name ?? "")} moved out while still borrowed (E0505)`) : t("值还被借用着，却被移动走了（E0505）", "A value moved out while still borrowed (E0505)")),
  summary: t("一个值还有引用在使用，就被按值传走（move）了；移动之后那个引用会悬空，所以编译器拒绝。", "A value was moved away while a reference to it was still in use; the reference would dangle after the move, so the compiler refuses."),
  causes: [
    t("把值按值传给函数时，前面取的引用后面还要用", "passing the value by value while an earlier reference is used afterwards"),
  ],
  solutions: [
    { title: t("改成传引用，或让引用在移动之前用完", "Pass a reference instead, or finish using the reference before the move"), steps: [t("如果函数只需要读取，就把参数改成 &T；否则调整顺序，让引用的最后一次使用在 move 之前；小类型也可以实现 Copy。", "If the function only reads, make the parameter &T; otherwise reorder so the reference's last use is before the move; small types can implement Copy.")], code: () => block("bash", ["rustc --explain E0505"]) },
  ],
  docs: ["https://doc.rust-lang.org/error_codes/E0505.html", "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0505.md", "https://doc.rust-lang.org/book/ch04-02-references-and-borrowing.html"],
  samples: [{ text: "error[E0505]: cannot move out of `x` because it is borrowed\n  --> src/main.rs:10:9\n   |\n9  |     let _ref_to_val: &Value = &x;\n   |                               -- borrow of `x` occurs here\n10 |     eat(x);\n   |         ^ move out of `x` occurs here\n11 |     borrow(_ref_to_val);\n   |            ----------- borrow later used here", source: "https://doc.rust-lang.org/error_codes/E0505.html" }],
});
