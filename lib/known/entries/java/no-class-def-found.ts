import { defineKnownError, ic, t } from "../../define";

const dotted = (s: string | undefined): string | null => (s ? s.replace(/\//g, ".") : null);

export default defineKnownError({
  id: "java.no-class-def-found",
  category: "dependency.missing",
  match: [/java\.lang\.NoClassDefFoundError:?\s{0,3}(?:Could not initialize class\s{1,3}(?<init>[\w$./]{1,300})|(?<cls>[\w$./]{1,300}))?/],
  title: (c) => {
    if (c.g.init) return t(`类 ${ic(dotted(c.g.init)!)} 的静态初始化之前就失败了`, `Class ${ic(dotted(c.g.init)!)} failed its static initialization earlier`);
    const cls = dotted(c.g.cls);
    return cls ? t(`运行时找不到编译时存在的类 ${ic(cls)}`, `Class ${ic(cls)} existed at compile time but is missing at run time`) : t("运行时找不到编译时存在的类", "A class present at compile time is missing at run time");
  },
  summary: (c) =>
    c.g.init
      ? t(
          "“Could not initialize class” 表示这个类之前已经尝试加载过，但它的静态初始化（static 块、静态字段）抛了异常，之后每次使用都报这个错。真正的原因在日志里更早出现的 ExceptionInInitializerError。",
          "\"Could not initialize class\" means the class was loaded before but its static initialization (a static block or field) threw, so every later use fails like this. The real cause is the ExceptionInInitializerError earlier in the log.",
        )
      : t(
          "NoClassDefFoundError 表示编译当前代码时这个类存在，运行时却找不到它的定义；和 ClassNotFoundException（按名字动态加载，如 Class.forName，找不到）不同，它说明运行时类路径少了编译时有的东西。",
          "NoClassDefFoundError means the class existed when the running code was compiled but its definition cannot be found now; unlike ClassNotFoundException (a lookup by name, such as Class.forName, failing), it says the run-time classpath lacks something the compile-time classpath had.",
        ),
  causes: [
    (c) => (c.g.init ? t("该类的静态初始化代码抛了异常（先看日志里第一次出现的 ExceptionInInitializerError）", "the class's static initializer threw (look for the first ExceptionInInitializerError in the log)") : t("依赖的作用域是 provided/compileOnly，或者打包时没有把它放进 jar/war", "the dependency is provided/compileOnly scoped, or it was not packaged into the jar/war")),
    t("运行时类路径和编译时不同（用 java -jar 运行了没有依赖的瘦 jar，或部署环境缺少某个 jar）", "the run-time classpath differs from the compile-time one (a thin jar run with java -jar, or a jar missing in the deployment)"),
    t("同一个库的版本冲突，运行时加载的版本里没有这个类", "a version conflict: the version loaded at run time lacks the class"),
  ],
  solutions: [
    {
      title: (c) => (c.g.init ? t("找到最早的 ExceptionInInitializerError 并修复它", "Find the first ExceptionInInitializerError and fix that") : t("把缺少的类所在的库放到运行时类路径上", "Put the library that holds the class on the run-time classpath")),
      steps: [
        (c) =>
          c.g.init
            ? t("在日志里往前翻，第一次失败时会打印 ExceptionInInitializerError 和它的 Caused by，那才是真正的错误。", "Scroll back in the log: the first failure prints ExceptionInInitializerError with its Caused by, which is the real error.")
            : t("检查依赖作用域和打包方式：可执行 jar 需要把依赖打进去（fat jar），或者用 -cp 把所有依赖 jar 加进类路径。", "Check the dependency's scope and the packaging: an executable jar must include its dependencies (a fat jar), or list every dependency jar with -cp."),
      ],
    },
    {
      title: t("检查依赖树里是否有版本冲突", "Check the dependency tree for version conflicts"),
      steps: [t("mvn dependency:tree 或 gradle dependencies 找出该类所在库的实际版本。", "Use mvn dependency:tree or gradle dependencies to see which version of the library actually wins.")],
    },
  ],
  docs: ["https://docs.oracle.com/en%2Fjava%2Fjavase%2F21%2Fdocs%2Fapi%2F%2F/java.base/java/lang/NoClassDefFoundError.html", "https://github.com/openjdk/jdk/pull/4996"],
  samples: [{ text: 'Exception in thread "main" java.lang.NoClassDefFoundError: org/apache/commons/lang3/StringUtils\n\tat com.example.App.main(App.java:8)\nCaused by: java.lang.ClassNotFoundException: org.apache.commons.lang3.StringUtils', source: "https://docs.oracle.com/en%2Fjava%2Fjavase%2F21%2Fdocs%2Fapi%2F%2F/java.base/java/lang/NoClassDefFoundError.html" }],
});
