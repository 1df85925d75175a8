import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "kotlin.smart-cast-impossible",
  category: "code.type",
  match: [/Smart cast to '(?<type>[^'\n]{1,100})' is impossible, because '(?<name>[^'\n]{1,100})' is (?<why>a mutable property that could have been changed by this time|a property that has (?:an )?open or custom getter|a complex expression|a public API property declared in different module|a local variable that is captured by a changing closure)/],
  title: (c) => t(`${c.g.name ? ic(c.g.name) : "这个值"} 无法智能转换为 ${c.g.type ? ic(c.g.type) : "目标类型"}`, `${c.g.name ? ic(c.g.name) : "The value"} cannot be smart-cast to ${c.g.type ? ic(c.g.type) : "the target type"}`),
  summary: (c) =>
    t(
      `Kotlin 只在能保证“检查之后、使用之前值不会变”时才做智能转换（is 检查或判空之后自动当作更具体的类型）。${c.g.name ? ic(c.g.name) : "这个值"} 不满足这个条件（${c.g.why ?? ""}），所以前面的检查不算数。`,
      `Kotlin smart-casts (treats a value as the narrower type after an is check or a nullability check) only when it can guarantee the value cannot change between the check and the use. ${c.g.name ? ic(c.g.name) : "This value"} does not meet that (${c.g.why ?? ""}), so the earlier check does not count.`,
    ),
  causes: [
    t("对象是类的 var 属性：另一个线程或调用可能在检查后改了它", "it is a var property of a class: another thread or call may change it after the check"),
    t("属性有自定义 getter、是 open 的，或声明在另一个模块里：每次读取可能得到不同的值", "the property has a custom getter, is open, or is declared in another module: each read may return something else"),
  ],
  solutions: [
    {
      title: t("先把值读进局部 val，再检查和使用它", "Read the value into a local val, then check and use that"),
      steps: [
        t("val v = prop; if (v is Foo) { use(v) }：局部 val 不会变，智能转换生效（判空同理）。", "val v = prop; if (v is Foo) { use(v) }: a local val cannot change, so the smart cast applies (the same holds for a nullability check)."),
        t("判空时也可以写 prop?.let { use(it) }；不需要变时把属性改成 val。", "For nullability checks, prop?.let { use(it) } does the same; if it never needs to change, make the property a val."),
      ],
    },
  ],
  docs: ["https://kotlinlang.org/docs/typecasts.html"],
  samples: [
    { text: "Smart cast to 'String' is impossible, because 'foo' is a mutable property that could have been changed by this time", source: "https://gist.github.com/LukaJCB/01861a044d2cd5dcbcd55804dc83d1a1" },
    { text: "print(person.address.street) // compile time error: Smart cast to 'Address' is impossible, because 'person.address' is a property that has open or custom getter", source: "https://gist.github.com/galex/93d676c572eb985a169cc33c6de2b489" },
  ],
});
