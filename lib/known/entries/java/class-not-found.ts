import { defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "java.class-not-found",
  category: "dependency.missing",
  // NoClassDefFoundError (which often wraps this exception) has its own entry and wins.
  priority: -1,
  match: [/java\.lang\.ClassNotFoundException:\s{0,3}(?<cls>[\w$.]{1,300})/],
  title: (c) => (c.g.cls ? t(`按名字加载类 ${ic(c.g.cls)} 失败：类路径上没有它`, `Loading class ${ic(c.g.cls)} by name failed: it is not on the classpath`) : t("按名字加载类失败：类路径上没有它", "Loading a class by name failed: it is not on the classpath")),
  summary: (c) =>
    t(
      `ClassNotFoundException 表示程序在运行时按字符串名字加载类（Class.forName、ClassLoader.loadClass，或框架读取配置里的类名）${c.g.cls ? ` ${ic(c.g.cls)}` : ""}，但当前类加载器能看到的 jar 和目录里都没有这个类。`,
      `ClassNotFoundException means the program loaded a class by its name at run time (Class.forName, ClassLoader.loadClass, or a framework reading a class name from configuration)${c.g.cls ? `, ${ic(c.g.cls)}` : ""}, and no jar or directory visible to that class loader contains it.`,
    ),
  causes: [
    t("提供这个类的库没有加进依赖，或作用域/打包方式使它没有进入运行时类路径（例如 JDBC 驱动只在 IDE 里有）", "the library providing the class is not a dependency, or its scope/packaging keeps it off the run-time classpath (a JDBC driver present only in the IDE, for example)"),
    t("配置里的类名写错了，或者是另一个版本的名字（库在新版本里改了包名或类名）", "the class name in the configuration is misspelled, or belongs to another version of the library (newer versions renamed the package or class)"),
    t("依赖版本冲突：运行时实际加载的那个版本里没有这个类", "a version conflict: the version actually loaded at run time lacks the class"),
  ],
  solutions: [
    {
      title: t("把包含这个类的 jar 加到运行时类路径", "Put the jar containing the class on the run-time classpath"),
      steps: [
        t("在 Maven/Gradle 里声明提供该类的依赖，并确认它不是 provided/test 作用域；用 java -jar 运行时，确认依赖被打进了可执行 jar，或用 -cp 列出所有依赖。", "Declare the dependency that provides the class in Maven/Gradle and make sure it is not provided/test scoped; when running with java -jar, make sure the dependencies are packed into the executable jar, or list them all with -cp."),
      ],
    },
    {
      title: t("核对类名和库的版本", "Check the class name against the library's version"),
      steps: [
        t("在库的文档或 jar 里确认这个完整类名存在（jar tf xxx.jar | grep 类名）；用 mvn dependency:tree 或 gradle dependencies 看实际生效的版本。", "Confirm the fully qualified name exists in the library's docs or jar (jar tf some.jar | grep ClassName); use mvn dependency:tree or gradle dependencies to see which version wins."),
      ],
    },
    ...categorySolutions("dependency.missing"),
  ],
  docs: ["https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ClassNotFoundException.html", "https://github.com/mybatis/mybatis-3/issues/823"],
  samples: [
    {
      text: "ERROR [2014-09-19 00:34:20,754] org.apache.tomcat.jdbc.pool.ConnectionPool: Unable to create initial connections of pool.\n! java.lang.ClassNotFoundException: org.mysql.jdbc.Driver\n! at java.net.URLClassLoader$1.run(URLClassLoader.java:366) ~[na:1.7.0_65]",
      source: "https://github.com/Athou/commafeed/issues/627",
    },
  ],
});
