import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "java.inaccessible-object-add-opens",
  category: "unknown",
  match: [/InaccessibleObjectException[^\n]{0,400}?module (?<module>[\w.]{1,100}) does not "opens (?<pkg>[\w.]{1,150})" to unnamed module/, /module (?<module>[\w.]{1,100}) does not "opens (?<pkg>[\w.]{1,150})" to unnamed module/],
  title: (c) => (c.g.pkg ? t(`JDK 16+ 禁止反射访问 ${ic(`${c.g.module ?? "java.base"}/${c.g.pkg}`)}`, `JDK 16+ blocks reflective access to ${ic(`${c.g.module ?? "java.base"}/${c.g.pkg}`)}`) : t("JDK 16+ 强封装拦截了反射访问", "JDK 16+ strong encapsulation blocked reflective access")),
  summary: (c) =>
    t(
      `某个库用反射（setAccessible）访问 JDK 内部的 ${c.g.pkg ? ic(c.g.pkg) : "包"}。从 JDK 16 起 JDK 内部默认强封装，JDK 17 起连 --illegal-access 也去掉了，只有在启动参数里显式 --add-opens 才允许。`,
      `A library uses reflection (setAccessible) on JDK internals in ${c.g.pkg ? ic(c.g.pkg) : "a package"}. Since JDK 16 the JDK's internals are strongly encapsulated by default, and since JDK 17 --illegal-access is gone: only an explicit --add-opens at launch allows it.`,
    ),
  causes: [
    t("项目换到 JDK 16/17 或更新版本运行，而某个依赖（序列化库、Mock/代理库、旧版 Gradle/Lombok 等）仍依赖对 JDK 内部的反射", "the project now runs on JDK 16/17 or later and a dependency (a serializer, a mocking/proxy library, an old Gradle or Lombok) still reflects into JDK internals"),
    t("该依赖有已修复的新版本，但项目还在用旧版本", "the dependency has a fixed release but the project still uses an old one"),
  ],
  solutions: [
    {
      title: t("先升级报错的库", "Upgrade the library that fails first"),
      steps: [t("看堆栈里紧挨着 setAccessible 的第三方类，升级它所在的库；多数流行库已经在支持 JDK 17 的版本里去掉了这类反射。", "Find the third-party class right under setAccessible in the stack trace and upgrade its library; most popular libraries dropped such reflection in their JDK 17-compatible releases.")],
    },
    {
      title: (c) => t(`临时办法：启动时加 --add-opens ${c.g.module ?? "java.base"}/${c.g.pkg ?? "<包名>"}=ALL-UNNAMED`, `Stopgap: launch with --add-opens ${c.g.module ?? "java.base"}/${c.g.pkg ?? "<package>"}=ALL-UNNAMED`),
      steps: [t("这个参数要加在运行程序的 JVM 上（java 命令、测试插件的 argLine/jvmArgs，或 JAR 清单里的 Add-Opens），它放开的是平台完整性保护，只作为过渡。", "Add it to the JVM that runs the code (the java command, the test plugin's argLine/jvmArgs, or Add-Opens in the JAR manifest); it relaxes a platform integrity guarantee, so treat it as a bridge.")],
    },
  ],
  docs: ["https://dev.java/learn/modules/add-exports-opens", "https://openjdk.org/jeps/260"],
  samples: [
    {
      text: "Caused by: org.springframework.cglib.core.CodeGenerationException: java.lang.reflect.InaccessibleObjectException-->Unable to make protected final java.lang.Class java.lang.ClassLoader.defineClass(java.lang.String,byte[],int,int,java.security.ProtectionDomain) throws java.lang.ClassFormatError accessible: module java.base does not \"opens java.lang\" to unnamed module @1e67b872",
      source: "https://mail-archive.com/issues@cxf.apache.org/msg48422.html",
    },
  ],
});
