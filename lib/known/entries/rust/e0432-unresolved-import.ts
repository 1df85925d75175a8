import { block, defineKnownError, ic, t } from "../../define";

// rustc's error index (E0432) is the source: compiler/rustc_error_codes/src/error_codes/E0432.md.
export default defineKnownError({
  id: "rust.e0432-unresolved-import",
  category: "code.name",
  match: [/error\[E0432\]: unresolved import `(?<name>[^`\n]{1,150})`/, /error\[E0432\]/],
  title: (c) => (c.g.name ? t(`无法解析导入 ${ic(c.g.name ?? "")}（E0432）`, `Unresolved import ${ic(c.g.name ?? "")} (E0432)`) : t("无法解析导入（E0432）", "Unresolved import (E0432)")),
  summary: t("use 语句里的路径找不到。Rust 2018 及以后，use 路径相对于当前模块，除非以 crate 名或 crate:: 开头；同时检查拼写，以及被导入的条目是否确实在那个模块里并且是 pub。", "The path in a use statement cannot be found. In Rust 2018 and later, use paths are relative to the current module unless they start with a crate name or crate::; also check the spelling and that the item really exists in that module and is pub."),
  causes: [
    t("路径少了 crate:: / self:: / super:: 前缀", "the path lacks a crate:: / self:: / super:: prefix"),
    t("外部 crate 没有写进 Cargo.toml，或需要的 feature 没有开启", "the external crate is not in Cargo.toml, or the feature that provides the item is not enabled"),
    t("条目被改名、移动，或者不是 pub", "the item was renamed or moved, or is not pub"),
  ],
  solutions: [
    { title: t("修正 use 路径，并确认依赖与 feature", "Fix the use path and check the dependency and its features"), steps: [t("本 crate 的条目用 crate::路径；外部 crate 在 Cargo.toml 里声明（必要时开启对应 feature）；查看该 crate 版本的文档确认条目的真实路径。", "Use crate::path for your own items; declare external crates in Cargo.toml (enabling the needed feature); check that crate version's docs for the item's real path.")], code: () => block("bash", ["rustc --explain E0432"]) },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0432.md"],
  samples: [{ text: "error[E0432]: unresolved import `something::Foo`\n --> src/main.rs:1:5\n  |\n1 | use something::Foo;\n  |     ^^^^^^^^^ use of undeclared crate or module `something`", source: "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0432.md" }],
});
