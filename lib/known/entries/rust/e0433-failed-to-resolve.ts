import { block, defineKnownError, ic, t } from "../../define";

// rustc's error index (E0433) is the source: compiler/rustc_error_codes/src/error_codes/E0433.md.
export default defineKnownError({
  id: "rust.e0433-failed-to-resolve",
  category: "code.name",
  match: [/error\[E0433\]: failed to resolve: use of (?:undeclared|unresolved) (?:crate or module|type|module or unlinked crate) `(?<name>[^`\n]{1,100})`/, /error\[E0433\]/],
  title: (c) => (c.g.name ? t(`无法解析路径中的 ${ic(c.g.name ?? "")}（E0433）`, `Failed to resolve ${ic(c.g.name ?? "")} in a path (E0433)`) : t("无法解析路径中的 crate、模块或类型（E0433）", "Failed to resolve a crate, module or type in a path (E0433)")),
  summary: t("路径里用到了一个未声明的 crate、模块或类型：忘了 use 导入（例如 HashMap 需要 use std::collections::HashMap），或者外部 crate 没有加到 Cargo.toml 的依赖里。", "A path uses a crate, module or type that is not declared: a missing use (HashMap needs use std::collections::HashMap), or an external crate that is not a dependency in Cargo.toml."),
  causes: [
    t("标准库类型没有导入（HashMap、HashSet、Arc 等）", "a standard-library type that is not imported (HashMap, HashSet, Arc, …)"),
    t("外部 crate 没有写进 Cargo.toml 的 [dependencies]", "the external crate is missing from [dependencies] in Cargo.toml"),
    t("引用当前 crate 的模块时少了 crate:: 前缀", "a module of the current crate referenced without the crate:: prefix"),
  ],
  solutions: [
    { title: t("导入它，或者把 crate 加进依赖", "Import it, or add the crate as a dependency"), steps: [t("标准库类型加 use；外部 crate 用 cargo add 加到 Cargo.toml；本 crate 内的模块用 crate::模块 路径。", "Add a use for std types; add external crates to Cargo.toml with cargo add; refer to your own modules as crate::module.")], code: () => block("bash", ["rustc --explain E0433"]) },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0433.md"],
  samples: [{ text: "error[E0433]: failed to resolve: use of undeclared type `HashMap`\n --> src/main.rs:2:15\n  |\n2 |     let map = HashMap::new();\n  |               ^^^^^^^ use of undeclared type `HashMap`", source: "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0433.md" }],
});
