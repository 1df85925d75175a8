import { block, defineKnownError, ic, t } from "../../define";

// rustc's error index (E0425) is the source: compiler/rustc_error_codes/src/error_codes/E0425.md.
export default defineKnownError({
  id: "rust.e0425-unresolved-name",
  category: "code.name",
  match: [/error\[E0425\]: cannot find (?:value|function|type) `(?<name>[^`\n]{1,100})` in (?:this scope|module `[^`\n]{1,100}`)/, /error\[E0425\]/],
  title: (c) => (c.g.name ? t(`找不到名字 ${ic(c.g.name ?? "")}（E0425）`, `Cannot find ${ic(c.g.name ?? "")} in this scope (E0425)`) : t("找不到名字（E0425）", "Cannot find a name in this scope (E0425)")),
  summary: t("使用了一个当前作用域里不存在的名字：拼写错误、变量在别的作用域里定义，或者条目在别的模块里却没有 use 进来（还要求它是 pub 的）。", "A name that does not exist in the current scope was used: a typo, a variable defined in another scope, or an item from another module that was not brought in with use (and must be pub)."),
  causes: [
    t("拼写错误或大小写不一致", "a typo or different capitalisation"),
    t("变量在内层块、另一个分支或闭包外定义", "the variable is defined in an inner block, another branch, or outside the closure"),
    t("函数/常量在其他模块里，没有 use，或不是 pub", "the function/constant lives in another module and is not imported with use, or is not pub"),
  ],
  solutions: [
    { title: t("修正拼写，或用 use 导入它", "Fix the spelling, or import it with use"), steps: [t("编译器常会在 help 里给出相近的名字或可导入的路径；跨模块使用时条目需要是 pub。", "The compiler's help often suggests a similar name or a path to import; items used across modules must be pub.")], code: () => block("bash", ["rustc --explain E0425"]) },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0425.md"],
  samples: [{ text: "error[E0425]: cannot find value `unknown_variable` in this scope\n --> src/main.rs:2:13\n  |\n2 |     let x = unknown_variable;\n  |             ^^^^^^^^^^^^^^^^ not found in this scope", source: "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0425.md" }],
});
