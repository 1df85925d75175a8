import { block, defineKnownError, t } from "../../define";

// rustc's error index (E0277) is the source: compiler/rustc_error_codes/src/error_codes/E0277.md.
export default defineKnownError({
  id: "rust.e0277-trait-bound-not-satisfied",
  category: "code.type",
  match: [/error\[E0277\]: (?:the trait bound `(?<bound>[^`\n]{1,200})` is not satisfied|`(?<ty>[^`\n]{1,150})` (?:doesn't implement|cannot be)[^\n]{0,150})/, /error\[E0277\]/],
  title: (c) => (c.g.name ? t(`类型没有实现所需的 trait（E0277）`, `A type does not implement a required trait (E0277)`) : t("类型没有实现所需的 trait（E0277）", "A type does not implement a required trait (E0277)")),
  summary: t("某个位置要求类型实现某个 trait（函数的泛型约束、{:?} 要求 Debug、? 要求错误类型可转换、跨线程要求 Send 等），而传入的类型没有实现它。泛型函数里要在签名上写明约束，因为 Rust 只看签名。", "A position requires a trait (a generic bound on a function, {:?} needs Debug, ? needs a convertible error type, threads need Send, …) and the type given does not implement it. In a generic function the bound must be written in the signature, since Rust only looks at signatures."),
  causes: [
    t("自己的类型没有 #[derive(Debug)] / Clone / PartialEq 等", "your own type lacks #[derive(Debug)] / Clone / PartialEq, …"),
    t("泛型参数 T 没有声明需要的约束（fn f<T: Display>(…)）", "a generic parameter T does not declare the bound it needs (fn f<T: Display>(…))"),
    t("? 用在返回类型不兼容的函数里，或错误类型之间没有 From 转换", "? used in a function whose return type is incompatible, or no From conversion between the error types"),
  ],
  solutions: [
    { title: t("为类型实现（或 derive）这个 trait，或在泛型上加约束", "Implement (or derive) the trait, or add the bound to the generic"), steps: [t("按错误信息里的 trait 名：自己的类型加 #[derive(...)] 或写 impl Trait for Type；泛型函数写成 fn f<T: Trait>。", "Using the trait named in the error: add #[derive(...)] or impl Trait for Type on your type; in generic functions write fn f<T: Trait>.")], code: () => block("bash", ["rustc --explain E0277"]) },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0277.md"],
  samples: [{ text: "error[E0277]: the trait bound `i32: Foo` is not satisfied\n  --> src/main.rs:12:15\n   |\n12 |     some_func(5i32);\n   |     --------- ^^^^ the trait `Foo` is not implemented for `i32`\n   |     |\n   |     required by a bound introduced by this call", source: "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0277.md" }],
});
