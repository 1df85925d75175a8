import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "kotlin.only-safe-calls",
  category: "code.null_reference",
  match: [/Only safe \(\?\.\) or non-null asserted \(!!\.\) calls are allowed on a nullable receiver of type '?(?<type>[^'\n]{1,100}?)'?(?=[\s.,)]|$)/],
  title: (c) => t(`在可空类型 ${c.g.type ? ic(c.g.type) : ""} 上直接调用成员`, `A member called directly on the nullable type ${c.g.type ? ic(c.g.type) : ""}`),
  summary: (c) =>
    t(
      `这是 Kotlin 编译错误：接收者的类型是可空的 ${c.g.type ? ic(c.g.type) : "T?"}，它可能是 null，所以编译器不允许用普通的 . 调用它的成员，要求先处理 null。`,
      `This is a Kotlin compile error: the receiver has the nullable type ${c.g.type ? ic(c.g.type) : "T?"}, so it may be null, and the compiler does not allow a plain . call on it until null is handled.`,
    ),
  causes: [
    t("变量、参数或返回值声明成了可空类型（带 ?），或来自返回可空值的 API（如 Map.get、findViewById、Intent extras）", "the variable, parameter or return value is declared nullable (with ?), or comes from an API that returns a nullable value (Map.get, findViewById, Intent extras)"),
    t("做过 null 检查，但对象是 var 属性，编译器无法据此智能转换", "a null check was made, but on a var property, which the compiler cannot smart-cast"),
  ],
  solutions: [
    {
      title: t("按值为 null 时该怎么办来选写法", "Choose the form by what should happen when the value is null"),
      steps: [
        t("为 null 时跳过：x?.foo()（整个表达式变为 null）；需要默认值：x?.foo() ?: 默认值。", "Skip when null: x?.foo() (the whole expression becomes null); with a default: x?.foo() ?: defaultValue."),
        t("先检查：if (x != null) { x.foo() }，对局部变量和 val 属性有效。", "Check first: if (x != null) { x.foo() }, which works for local variables and val properties."),
        t("只有确定不会是 null 时才用 x!!.foo()：若为 null 会抛 NullPointerException。", "Use x!!.foo() only when it cannot be null: if it is, it throws NullPointerException."),
      ],
    },
  ],
  docs: ["https://kotlinlang.org/docs/null-safety.html"],
  samples: [
    { text: "Error: (Only safe (?.) or non-null asserted (!!.) calls are allowed on a nullable receiver of type String?", source: "https://packtpub.com/en-gr/product/android-studio-4-0-development-essentials-kotlin-edition-12-9781800560437/chapter/kotlin-data-types-variables-and-nullability/8-the-safe-call-operator" },
  ],
});
