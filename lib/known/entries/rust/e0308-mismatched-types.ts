import { block, defineKnownError, ic, t } from "../../define";

// rustc's error index (E0308) is the source: compiler/rustc_error_codes/src/error_codes/E0308.md.
export default defineKnownError({
  id: "rust.e0308-mismatched-types",
  category: "code.type",
  match: [/error\[E0308\]: mismatched types[\s\S]{0,400}?expected `(?<expected>[^`\n]{1,100})`, found `(?<found>[^`\n]{1,100})`/, /error\[E0308\]/],
  title: (c) => (c.g.expected && c.g.found ? t(`类型不匹配：期望 ${ic(c.g.expected)}，实际是 ${ic(c.g.found)}（E0308）`, `Mismatched types: expected ${ic(c.g.expected)}, found ${ic(c.g.found)} (E0308)`) : t("类型不匹配（E0308）", "Mismatched types (E0308)")),
  summary: t("表达式的类型和编译器在这个位置期望的类型不一致。最常见的是传给函数的参数类型和声明不符，其次是 if/match 分支、返回值、let 的类型标注不一致。", "An expression's type differs from the type expected in that position: most often a function argument that does not match the declaration, then if/match arms, return values, or a let type annotation."),
  causes: [
    t("&str 和 String、&T 和 T、i32 和 usize 等相近类型混用", "mixing close types such as &str and String, &T and T, i32 and usize"),
    t("函数最后一行多了分号，返回了 () 而不是期望的值", "a trailing semicolon on the last line makes the function return () instead of the value"),
    t("Option<T>/Result<T, E> 没有解包就当作 T 使用", "using an Option<T> / Result<T, E> as T without unwrapping it"),
  ],
  solutions: [
    { title: t("按编译器提示转换类型", "Convert as the compiler suggests"), steps: [t("看 expected/found 两个类型：String↔&str 用 .to_string()/.as_str()，整数之间用 as 或 try_into()，Option/Result 用 ? 或 match 解包。", "Look at the expected and found types: String↔&str via .to_string()/.as_str(), between integers via as or try_into(), Option/Result via ? or match.")], code: () => block("bash", ["rustc --explain E0308"]) },
  ],
  docs: ["https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0308.md"],
  samples: [{ text: "error[E0308]: mismatched types\n --> src/main.rs:6:14\n  |\n6 |     plus_one(\"Not a number\");\n  |     -------- ^^^^^^^^^^^^^^ expected `i32`, found `&str`\n  |     |\n  |     arguments to this function are incorrect", source: "https://github.com/rust-lang/rust/blob/master/compiler/rustc_error_codes/src/error_codes/E0308.md" }],
});
