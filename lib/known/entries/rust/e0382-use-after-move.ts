import { block, defineKnownError, ic, t } from "../../define";

// rustc's error index (E0382) is the source: compiler/rustc_error_codes/src/error_codes/E0382.md.
export default defineKnownError({
  id: "rust.e0382-use-after-move",
  category: "build.compile",
  match: [/error\[E0382\]: (?:borrow|use) of (?:partially )?moved value: `(?<name>[^`\n]{1,100})`/, /error\[E0382\]/],
  title: (c) => (c.g.name ? t(`值 ${ic(c.g.name ?? "")} 已被移动，之后又被使用（E0382）`, `Value ${ic(c.g.name ?? "")} used after it was moved (E0382)`) : t("值已被移动，之后又被使用（E0382）", "Value used after it was moved (E0382)")),
  summary: (c) => t(`${c.g.name ? ic(c.g.name) : "这个值"} 的类型没有实现 Copy，把它赋给另一个变量或按值传给函数时，所有权就转移（move）走了；之后再使用原来的变量就是 E0382。一个值同一时刻只能有一个所有者。`, `${c.g.name ? ic(c.g.name) : "The value"} has a type that is not Copy, so assigning it to another variable or passing it by value moved its ownership away; using the original afterwards is E0382. A value has exactly one owner at a time.`),
  causes: [
    t("按值传参（f(x)）或赋值（let y = x）把所有权转走了，之后又用了 x", "passing by value (f(x)) or assigning (let y = x) moved ownership, and x was used afterwards"),
    t("在循环里按值使用（for item in vec 会消耗 vec）", "using it by value in a loop (for item in vec consumes vec)"),
  ],
  solutions: [
    { title: t("只需要读取时，传引用 &x（或 &mut x）而不是移动", "If you only need to read it, pass a reference &x (or &mut x) instead of moving"), steps: [t("把函数参数改成 &T，调用处写 &x；遍历用 for item in &vec。", "Make the parameter &T and call with &x; iterate with for item in &vec.")], code: () => block("bash", ["rustc --explain E0382"]) },
    { title: t("确实需要两份时，调用 .clone()", "If you really need two copies, call .clone()"), steps: [t("对实现了 Clone 的类型，在移动之前 clone 一份；自己的简单类型可以 #[derive(Clone, Copy)]。需要共享所有权时用 Rc / Arc。", "For Clone types, clone before the move; small types you own can #[derive(Clone, Copy)]. For shared ownership use Rc / Arc.")] },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0382.md", "https://doc.rust-lang.org/book/ch04-02-references-and-borrowing.html"],
  samples: [{ text: "error[E0382]: borrow of moved value: `message`\n --> src/main.rs:16:20\n   |\n   | fn test00_start(ch: Chan<Box<isize>>, message: Box<isize>, _count: Box<isize>) {\n   |                                       ------- move occurs because `message` has type `std::boxed::Box<isize>`, which does not implement the `Copy` trait\n   |     send(ch, message);\n   |              ------- value moved here\n   |     println!(\"{}\", message);\n   |                    ^^^^^^^ value borrowed here after move", source: "https://android.googlesource.com/toolchain/rustc/+/ff3f07ae99a30006dd85b9d73084edd9355c9db6/src/test/ui/liveness/liveness-use-after-send.nll.stderr" }],
});
