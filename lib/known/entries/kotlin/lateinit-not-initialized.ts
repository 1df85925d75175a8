import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "kotlin.lateinit-not-initialized",
  category: "code.null_reference",
  match: [/UninitializedPropertyAccessException: lateinit property (?<prop>\w{1,100}) has not been initialized/, /lateinit property (?<prop>\w{1,100}) has not been initialized/],
  title: (c) => t(`lateinit 属性 ${c.g.prop ?? ""} 在赋值前被读取`, `lateinit property ${c.g.prop ?? ""} read before it was assigned`),
  summary: (c) =>
    t(
      `${c.g.prop ?? "这个属性"} 声明为 lateinit var，承诺“用之前一定会赋值”；但读取它时赋值的代码还没执行（或根本没执行），Kotlin 于是抛出这个异常。要查的是赋值那一行为什么没有先运行。`,
      `${c.g.prop ?? "The property"} is declared lateinit var, a promise that it is assigned before use; but it was read before the assigning code ran (or that code never ran), so Kotlin throws. What to find is why the assignment did not run first.`,
    ),
  causes: [
    t("生命周期顺序：在 onCreate/onCreateView/onViewCreated 里赋值之前，别的回调、协程或监听器已经读取了它", "lifecycle order: another callback, coroutine or listener read it before onCreate/onCreateView/onViewCreated assigned it"),
    t("依赖注入没有生效：@Inject/@Autowired 的字段没有被注入（测试里没配置注入框架或没调用注入）", "dependency injection did not run: an @Inject/@Autowired field was never injected (the test does not set up the DI framework or call injection)"),
    t("赋值代码只在某个分支里执行，这次没有进入该分支", "the assignment only happens in some branch that this run did not take"),
  ],
  solutions: [
    {
      title: (c) => t(`保证 ${c.g.prop ?? "属性"} 在第一次读取前赋值`, `Make sure ${c.g.prop ?? "the property"} is assigned before its first read`),
      steps: [t("看堆栈里读取它的方法和调用时机，把赋值移到更早的生命周期方法，或把读取推迟到赋值之后。", "From the stack, see which method reads it and when; move the assignment to an earlier lifecycle method, or defer the read until after it.")],
    },
    {
      title: t("读取时机无法保证时：先检查 isInitialized，或改为可空类型", "When the read order cannot be guaranteed: check isInitialized, or use a nullable type"),
      steps: [t("::prop.isInitialized 在 lateinit 属性已赋值时返回 true；也可以把属性改成可空类型并用 ?. 访问。", "::prop.isInitialized is true once a lateinit property has been assigned; alternatively make the property nullable and access it with ?.")],
      code: (c) => {
        const prop = c.g.prop && /^[A-Za-z_]\w{0,99}$/.test(c.g.prop) ? c.g.prop : "adapter";
        return block("kotlin", [
          "class Screen {",
          `    lateinit var ${prop}: String`,
          "",
          "    fun refresh() {",
          `        if (!this::${prop}.isInitialized) return`,
          `        println(${prop})`,
          "    }",
          "}",
        ]);
      },
    },
  ],
  docs: ["https://kotlinlang.org/api/core/kotlin-stdlib/kotlin/is-initialized.html"],
  samples: [
    {
      text: "kotlin.UninitializedPropertyAccessException: lateinit property mEmptyLayout has not been initialized",
      source: "https://github.com/CymChad/BaseRecyclerViewAdapterHelper/issues/3464",
    },
  ],
});
