import { block, defineKnownError, ic, t } from "../../define";

// rustc's error index (E0502) is the source: compiler/rustc_error_codes/src/error_codes/E0502.md.
export default defineKnownError({
  id: "rust.e0502-mutable-and-shared-borrow",
  category: "build.compile",
  match: [/error\[E0502\]: cannot borrow `(?<name>[^`\n]{1,100})` as (?<kind>mutable|immutable) because it is also borrowed as (?:mutable|immutable)/, /error\[E0502\]/],
  title: (c) => (c.g.name ? t(`${ic(c.g.name ?? "")} 在被借用期间又以另一种方式借用（E0502）`, `${ic(c.g.name ?? "")} borrowed again while another borrow is alive (E0502)`) : t("值在被借用期间又以另一种方式借用（E0502）", "A value borrowed again while another borrow is alive (E0502)")),
  summary: t("一个值已经有不可变引用（&）还在使用，又要对它做可变借用（&mut），或者反过来。可变借用必须独占，所以先让已有的引用结束。", "A value still has a live shared reference (&) and is borrowed mutably (&mut), or the other way round. A mutable borrow must be exclusive, so the existing reference has to end first."),
  causes: [
    t("从集合里取出的引用（get、iter、first）还在使用时，又调用了 push/insert 等修改方法", "a reference taken from a collection (get, iter, first) is still used while push/insert mutates it"),
    t("方法签名 &self 返回的引用把整个 self 借用住了", "a method taking &self returns a reference that keeps the whole self borrowed"),
  ],
  solutions: [
    { title: t("先结束不可变借用，再修改", "End the shared borrow before mutating"), steps: [t("把需要的数据复制/克隆出来（例如 let v = map[&k].clone();），或调整语句顺序，让引用最后一次使用发生在修改之前。", "Copy or clone what you need out first (e.g. let v = map[&k].clone();), or reorder so the reference's last use comes before the mutation.")], code: () => block("bash", ["rustc --explain E0502"]) },
    { title: t("集合的“查找或插入”用 entry API", "For collection find-or-insert, use the entry API"), steps: [t("HashMap 的 entry(key).or_insert(...) 一次借用同时完成查找和插入。", "HashMap's entry(key).or_insert(...) looks up and inserts under one borrow.")] },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0502.md", "https://doc.rust-lang.org/book/ch04-02-references-and-borrowing.html"],
  samples: [{ text: "error[E0502]: cannot borrow `*a` as mutable because it is also borrowed as immutable\n --> src/lib.rs:4:9\n  |\n3 |     let y = &a;\n  |             -- immutable borrow occurs here\n4 |     bar(a);\n  |         ^ mutable borrow occurs here\n5 |     println!(\"{}\", y);\n  |                    - immutable borrow later used here", source: "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0502.md" }],
});
