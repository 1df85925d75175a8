import { block, defineKnownError, ic, t } from "../../define";

// rustc's error index (E0603) is the source: compiler/rustc_error_codes/src/error_codes/E0603.md.
export default defineKnownError({
  id: "rust.e0603-private-item",
  category: "build.compile",
  match: [/error\[E0603\]: (?<kind>[\w ]{1,30}) `(?<name>[^`\n]{1,100})` is private/, /error\[E0603\]/],
  title: (c) => (c.g.name ? t(`${ic(c.g.name ?? "")} 是私有的，不能在模块外使用（E0603）`, `${ic(c.g.name ?? "")} is private and cannot be used outside its module (E0603)`) : t("条目是私有的，不能在模块外使用（E0603）", "An item is private and cannot be used outside its module (E0603)")),
  summary: t("Rust 的条目默认只在定义它的模块（及其子模块）内可见。在外部使用时，需要在定义处加 pub（或 pub(crate) 等更窄的可见性）。", "Rust items are private to their defining module (and its children) by default. To use one elsewhere, mark it pub (or a narrower pub(crate)) where it is defined."),
  causes: [
    t("函数、结构体、常量或模块没有写 pub", "the function, struct, constant or module is not marked pub"),
    t("条目本身是 pub，但它所在的模块不是 pub", "the item is pub but a module on its path is not"),
  ],
  solutions: [
    { title: t("在定义处加上 pub", "Add pub where it is defined"), steps: [t("给条目（以及路径上的各级模块）加 pub；只在本 crate 内使用可以用 pub(crate)。如果是外部库的私有条目，就改用它公开的 API。", "Mark the item (and each module on its path) pub; pub(crate) limits it to your crate. If it is a private item of an external library, use its public API instead.")], code: () => block("bash", ["rustc --explain E0603"]) },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0603.md"],
  samples: [{ text: "error[E0603]: constant `PRIVATE` is private\n --> src/main.rs:5:40\n  |\n5 |     println!(\"const value: {}\", SomeModule::PRIVATE);\n  |                                            ^^^^^^^ private constant", source: "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0603.md" }],
});
