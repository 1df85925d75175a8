import { block, defineKnownError, ic, t } from "../../define";

// rustc's error index (E0499) is the source: compiler/rustc_error_codes/src/error_codes/E0499.md.
export default defineKnownError({
  id: "rust.e0499-two-mutable-borrows",
  category: "build.compile",
  match: [/error\[E0499\]: cannot borrow `(?<name>[^`\n]{1,100})` as mutable more than once at a time/, /error\[E0499\]/],
  title: (c) => (c.g.name ? t(`${ic(c.g.name ?? "")} 同时被可变借用了两次（E0499）`, `${ic(c.g.name ?? "")} borrowed as mutable more than once (E0499)`) : t("一个值同时被可变借用了两次（E0499）", "A value borrowed as mutable more than once (E0499)")),
  summary: t("Rust 规定同一时刻一个值要么只有一个可变引用，要么有任意多个不可变引用。第一个 &mut 还在使用时又创建了第二个 &mut，就是 E0499。", "Rust allows either one mutable reference or any number of shared ones at a time. Creating a second &mut while the first is still in use is E0499."),
  causes: [
    t("第一个可变引用在后面还会被用到，所以它的借用还没有结束", "the first mutable reference is used later, so its borrow has not ended"),
    t("在循环或闭包里保存了 &mut，又在别处再次可变借用", "a &mut kept in a loop or closure while the value is borrowed mutably again"),
  ],
  solutions: [
    { title: t("缩短第一个可变借用的作用范围", "Shorten the first mutable borrow"), steps: [t("让第一个 &mut 在创建第二个之前最后一次使用（调整语句顺序或放进单独的块 { }）。", "Make the last use of the first &mut come before the second one is created (reorder statements or put it in its own { } block).")], code: () => block("bash", ["rustc --explain E0499"]) },
    { title: t("需要同时修改两个部分时拆开借用", "To mutate two parts at once, split the borrow"), steps: [t("对结构体分别借用不同字段；切片用 split_at_mut；运行时借用可以用 RefCell。", "Borrow distinct struct fields separately; for slices use split_at_mut; for run-time borrowing use RefCell.")] },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0499.md", "https://doc.rust-lang.org/book/ch04-02-references-and-borrowing.html"],
  samples: [{ text: "error[E0499]: cannot borrow `i` as mutable more than once at a time\n --> src/main.rs:4:17\n  |\n3 |     let mut x = &mut i;\n  |                 ------ first mutable borrow occurs here\n4 |     let mut a = &mut i;\n  |                 ^^^^^^ second mutable borrow occurs here\n5 |     x;\n  |     - first borrow later used here", source: "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0499.md" }],
});
