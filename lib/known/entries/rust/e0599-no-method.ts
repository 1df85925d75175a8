import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "rust.e0599-no-method",
  category: "code.name",
  match: [/error\[E0599\]: no (?:method|function or associated item) named `(?<name>[^`\n]{1,100})` found for (?:struct |enum |type |trait |reference |union )?`(?<ty>[^`\n]{1,200})`/, /error\[E0599\]/],
  title: (c) => (c.g.name ? t(`${ic(c.g.ty ?? "类型")} 上没有方法 ${ic(c.g.name)}（E0599）`, `No method ${ic(c.g.name)} on ${ic(c.g.ty ?? "the type")} (E0599)`) : t("类型上没有这个方法（E0599）", "No such method on the type (E0599)")),
  summary: t(
    "调用的方法在这个类型上不存在：方法名写错、方法定义在没有导入（use）的 trait 里、类型没有实现那个 trait，或者它是不带 self 的关联函数（要用 类型::函数() 调用）。编译器的 help 常会指出相近的名字或需要 use 的 trait。",
    "The method does not exist on this type: the name is wrong, it lives in a trait that is not imported with use, the type does not implement that trait, or it is an associated function without self (call it as Type::function()). The compiler's help often names a similar method or the trait to use.",
  ),
  causes: [
    t("方法来自某个 trait，但这个 trait 没有 use 进当前作用域", "the method comes from a trait that is not in scope (missing use)"),
    t("类型没有实现提供该方法的 trait（例如泛型缺少约束）", "the type does not implement the trait providing it (e.g. a generic missing a bound)"),
    t("拼写错误，或它是关联函数而不是方法", "a typo, or it is an associated function rather than a method"),
  ],
  solutions: [
    {
      title: t("按编译器提示 use 对应的 trait 或改正名字", "use the trait or fix the name as the compiler suggests"),
      steps: [t("查看错误下方的 help/note：它会列出需要导入的 trait 或相近的方法名；依赖 crate 的方法有时还需要开启某个 feature。", "Read the help/note under the error: it lists the trait to import or a similar method; methods from a dependency sometimes also need a crate feature enabled.")],
      code: () => block("bash", ["rustc --explain E0599"]),
    },
  ],
  docs: ["https://doc.rust-lang.org/error_codes/E0599.html", "https://github.com/rust-lang/rust/issues/62373"],
  samples: [{ text: "error[E0599]: no method named `quux` found for struct `Foo` in the current scope\n --> src/main.rs:9:9\n  |\nLL | struct Foo;\n  | ---------- method `quux` not found for this struct\n...\nLL |     Foo.quux();\n  |         ^^^^ help: there is a method with a similar name: `bar`", source: "https://android.googlesource.com/toolchain/rustc/+/5c0824a599f2f1f4dcb9c92edf09f6c1b555988d/tests/ui/methods/method-not-found-but-doc-alias.stderr" }],
});
