import { block, defineKnownError, t } from "../../define";

// Sources: rustc's error index (E0106) and The Rust Programming Language, ch. 10.3 "Validating References with Lifetimes".
export default defineKnownError({
  id: "rust.e0106-missing-lifetime",
  category: "build.compile",
  match: [/error\[E0106\]: missing lifetime specifiers?/, /error\[E0106\]/],
  title: t("返回或存储的引用缺少生命周期（E0106）", "A reference is missing its lifetime (E0106)"),
  summary: t(
    "函数返回值或结构体字段里有引用，但编译器无法从省略规则推断它借用自哪里：比如函数有两个引用参数却返回一个引用，或者结构体字段直接写了 &str。要么用生命周期参数写明借用关系（fn f<'a>(x: &'a str, y: &'a str) -> &'a str，struct S<'a> { name: &'a str }），要么改为返回/存储拥有所有权的值（String、Vec）。编译器建议的 'static 只适用于真正的静态数据。",
    "A return type or struct field holds a reference and the elision rules cannot tell what it borrows from: a function with two reference parameters returning a reference, or a struct field written as &str. Either state the relationship with a lifetime parameter (fn f<'a>(x: &'a str, y: &'a str) -> &'a str, struct S<'a> { name: &'a str }), or return/store an owned value (String, Vec). The 'static the compiler may suggest only fits truly static data.",
  ),
  causes: [
    t("函数有多个引用参数（或没有引用参数）却返回引用，省略规则推断不出来源", "the function takes several reference parameters (or none) and returns a reference, so elision cannot pick the source"),
    t("结构体或枚举的字段是引用，但类型没有声明生命周期参数", "a struct or enum field is a reference but the type declares no lifetime parameter"),
    t("想返回函数内部创建的值的引用：这时应返回拥有所有权的值", "it tries to return a reference to a value created inside the function: return the owned value instead"),
  ],
  solutions: [
    {
      title: t("写明借用关系，或改用拥有所有权的类型", "State the borrow with a lifetime parameter, or use an owned type"),
      steps: [
        t("返回值借用自参数时，给参数和返回值标同一个生命周期参数；结构体里存引用时，结构体也要带生命周期参数。", "When the result borrows from the parameters, give them and the result the same lifetime parameter; a struct holding a reference needs a lifetime parameter too."),
        t("如果不想处理生命周期，字段和返回值用 String/Vec 等拥有所有权的类型。", "If lifetimes are not worth it here, use owned types such as String/Vec for fields and results."),
      ],
      code: () => block("bash", ["rustc --explain E0106"]),
    },
  ],
  docs: ["https://doc.rust-lang.org/error_codes/E0106.html", "https://doc.rust-lang.org/book/ch10-03-lifetime-syntax.html"],
  samples: [{ text: "error[E0106]: missing lifetime specifier\n --> src/main.rs:9:33\n  |\n9 | fn longest(x: &str, y: &str) -> &str {\n  |               ----     ----     ^ expected named lifetime parameter\n  |\n  = help: this function's return type contains a borrowed value, but the signature does not say whether it is borrowed from `x` or `y`", source: "https://doc.rust-lang.org/book/ch10-03-lifetime-syntax.html" }],
});
