import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "java.no-such-method-error",
  category: "dependency.missing",
  match: [/java\.lang\.NoSuchMethodError:?\s{0,3}(?:'(?<sig>[^'\n]{1,300})'|(?<sig2>[\w$.<>]{1,300}))?/],
  title: (c) => {
    const sig = c.g.sig ?? c.g.sig2;
    return sig ? t(`运行时找不到方法 ${ic(sig)}：类路径上的库版本不一致`, `Method ${ic(sig)} missing at run time: mismatched library versions on the classpath`) : t("运行时找不到方法：类路径上的库版本不一致", "Method missing at run time: mismatched library versions on the classpath");
  },
  summary: t(
    "编译时这个方法存在，运行时加载到的那个类里却没有它。编译器本来会发现这种问题，所以它只会在类的定义发生了不兼容变化时出现：运行时类路径上的库版本和编译时不同。",
    "The method existed at compile time but the class loaded at run time does not have it. The compiler normally catches this, so it only happens when a class changed incompatibly: the library version on the run-time classpath differs from the one compiled against.",
  ),
  causes: [
    t("依赖冲突：同一个库有两个版本，传递依赖把较旧（或较新）的版本带上了类路径", "a dependency conflict: two versions of one library, and a transitive dependency put the older (or newer) one on the classpath"),
    t("应用服务器、插件宿主或 Spark/Hadoop 集群自带了同名库的另一个版本，优先于应用自带的版本被加载", "an application server, plugin host or Spark/Hadoop cluster ships another version of the library that is loaded before the application's"),
    t("只重新编译了一部分模块，旧的 class 文件或 jar 还在", "only some modules were rebuilt and stale classes or jars remain"),
  ],
  solutions: [
    {
      title: t("查出方法所在类来自哪个 jar、哪个版本", "Find which jar and version the method's class comes from"),
      steps: [
        t("Maven 用 mvn dependency:tree -Dverbose（Gradle 用 gradle dependencies 或 dependencyInsight）找出该库的所有版本，再用 dependencyManagement / 约束统一成编译时的版本。", "With Maven run mvn dependency:tree -Dverbose (with Gradle, dependencies or dependencyInsight) to list every version of the library, then pin the compile-time version with dependencyManagement or a constraint."),
      ],
    },
    {
      title: t("清理后完整重建", "Clean and rebuild everything"),
      steps: [t("执行 clean 后全量构建，确认部署包里没有旧版本的 jar。", "Run a clean full build and make sure the deployed artifact carries no old jar.")],
    },
  ],
  docs: ["https://docs.oracle.com/en%2Fjava%2Fjavase%2F21%2Fdocs%2Fapi%2F%2F/java.base/java/lang/NoSuchMethodError.html"],
  samples: [{ text: "Exception in thread \"main\" java.lang.NoSuchMethodError: 'com.google.common.collect.ImmutableList com.google.common.collect.ImmutableList.of(java.lang.Object[])'\n\tat com.example.App.main(App.java:12)", source: "https://docs.oracle.com/en%2Fjava%2Fjavase%2F21%2Fdocs%2Fapi%2F%2F/java.base/java/lang/NoSuchMethodError.html" }],
});
