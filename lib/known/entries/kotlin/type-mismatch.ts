import { defineKnownError, ic, t } from "../../define";
import type { KnownContext } from "../../define";

/** The mismatch is only nullability: the inferred type is the expected one plus `?`. */
function onlyNullability(c: KnownContext): boolean {
  const got = c.g.got ?? "";
  const want = (c.g.want ?? "").replace(/!$/, "");
  return got.endsWith("?") && got.slice(0, -1) === want;
}

export default defineKnownError({
  id: "kotlin.type-mismatch",
  category: "code.type",
  match: [/Type mismatch: inferred type is '?(?<got>[\w.<>?!, *]{1,100}?)'?,? but '?(?<want>[\w.<>?!, *()-]{1,100}?)'? was expected/, /Argument type mismatch: actual type is '(?<got>[\w.<>?!, *]{1,100})', but '(?<want>[\w.<>?!, *]{1,100})' was expected/],
  title: (c) => t(`Kotlin 类型不匹配：得到 ${ic(c.g.got ?? "?")}，需要 ${ic(c.g.want ?? "?")}`, `Kotlin type mismatch: got ${ic(c.g.got ?? "?")}, expected ${ic(c.g.want ?? "?")}`),
  summary: (c) =>
    onlyNullability(c)
      ? t(
          `只差可空性：表达式的类型是可空的 ${ic(c.g.got ?? "")}，而这里要求非空的 ${ic(c.g.want ?? "")}。Kotlin 不会把可空的值隐式传给非空位置。`,
          `Only nullability differs: the expression is the nullable ${ic(c.g.got ?? "")}, while this position requires the non-nullable ${ic(c.g.want ?? "")}. Kotlin never passes a nullable value to a non-nullable position implicitly.`,
        )
      : t(
          `编译器推断出表达式的类型是 ${ic(c.g.got ?? "")}，但这个位置（参数、赋值目标或返回值）要求 ${ic(c.g.want ?? "")}；Kotlin 不做隐式类型转换（连数字类型之间也不做）。`,
          `The compiler inferred ${ic(c.g.got ?? "")} for the expression, but this position (an argument, an assignment target or a return value) requires ${ic(c.g.want ?? "")}; Kotlin performs no implicit conversions (not even between number types).`,
        ),
  causes: [
    (c) => (onlyNullability(c) ? t("值来自返回可空类型的 API（Java 方法、Map.get、Bundle/Intent 取值）或声明为可空的变量", "the value comes from an API returning a nullable type (a Java method, Map.get, Bundle/Intent getters) or a variable declared nullable") : null),
    (c) => (onlyNullability(c) ? t("依赖库升级后给 Java 方法加了可空注解，原来的平台类型（T!）变成了 T?", "a library upgrade added nullability annotations to Java methods, turning a platform type (T!) into T?") : null),
    (c) => (onlyNullability(c) ? null : t("把一种类型的值传给了另一种类型的参数，或函数的返回值与声明的返回类型不同", "a value of one type was passed where another is declared, or a function returns something other than its declared return type")),
    (c) => (onlyNullability(c) ? null : t("数字类型不同（Int 与 Long、Double 与 Float）：Kotlin 需要显式 toLong()/toDouble() 等转换", "different number types (Int and Long, Double and Float): Kotlin needs an explicit toLong()/toDouble() conversion")),
  ],
  solutions: [
    {
      title: (c) => (onlyNullability(c) ? t("在传入前处理空值", "Handle the missing value before passing it") : t("让表达式的类型与要求一致", "Make the expression's type match the requirement")),
      steps: [
        (c) => (onlyNullability(c) ? t("给默认值：x ?: 默认值；或用 x?.let { … } 只在有值时使用；确定一定有值时才用 x!!（为空时会抛异常）。", "Give a default: x ?: defaultValue; or use x?.let { … } to use it only when present; use x!! only when it is certain to be present (it throws otherwise).") : t("显式转换（toInt()、toString()、toLong()），或修改声明的类型，使两边一致。", "Convert explicitly (toInt(), toString(), toLong()), or change the declared type so both sides agree.")),
        t("错误位置（文件:行:列）指向的就是那个表达式。", "The location (file:line:column) points at the expression."),
      ],
    },
  ],
  docs: ["https://kotlinlang.org/docs/java-interop.html", "https://kotlinlang.org/docs/numbers.html"],
  samples: [
    { text: "Type mismatch: inferred type is Activity? but Activity was expected\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':jitsi_meet:compileDebugKotlin'.", source: "https://github.com/Richard-bejide/spark/issues/3" },
    { text: "[ERROR] /Users/moscac/dev/kaadin/kaadin-core/src/test/kotlin/ch/frankel/kaadin/interaction/MenuBarTest.kt: (58, 55) Type mismatch: inferred type is MenuBar.Command but (MenuBar.MenuItem) -> Unit was expected", source: "https://github.com/nfrankel/kaadin/issues/3" },
  ],
});
