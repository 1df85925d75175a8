import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "java.oom-metaspace",
  category: "resource.memory",
  match: [/OutOfMemoryError:\s{0,3}(?:Metaspace|Compressed class space|PermGen space)/],
  title: t("类元数据空间耗尽（OutOfMemoryError: Metaspace）", "Class metadata space exhausted (OutOfMemoryError: Metaspace)"),
  summary: t(
    "类的元数据放在 Java 堆之外的 Metaspace（Java 8 之前是 PermGen）。加载的类太多、或者类加载器泄漏让旧类卸载不掉，达到 -XX:MaxMetaspaceSize 后就会抛这个错；调大 -Xmx 没有用。",
    "Class metadata lives outside the Java heap, in Metaspace (PermGen before Java 8). Too many loaded classes, or a class-loader leak that keeps old classes from being unloaded, hits -XX:MaxMetaspaceSize and throws this; raising -Xmx does not help.",
  ),
  causes: [
    t("-XX:MaxMetaspaceSize 设得太小", "-XX:MaxMetaspaceSize is set too low"),
    t("大量动态生成的类（代理、脚本引擎、反射框架）", "many dynamically generated classes (proxies, script engines, reflection frameworks)"),
    t("应用服务器里反复热部署造成类加载器泄漏", "repeated hot redeploys in an application server leak class loaders"),
  ],
  solutions: [
    {
      title: t("调大 -XX:MaxMetaspaceSize", "Raise -XX:MaxMetaspaceSize"),
      steps: [t("在 JVM 启动参数里提高（或去掉）Metaspace 上限，例如 -XX:MaxMetaspaceSize=512m，并确认容器内存足够。", "Raise (or remove) the Metaspace cap in the JVM options, e.g. -XX:MaxMetaspaceSize=512m, and make sure the container has the memory.")],
    },
    {
      title: t("持续增长就查类加载器泄漏", "If it keeps growing, look for a class-loader leak"),
      steps: [t("用堆转储或监控查看已加载类的数量是否随时间增长；热部署场景改为整个进程重启。", "Check with a heap dump or your monitoring whether the number of loaded classes grows over time; for hot redeploys, restart the whole process instead.")],
    },
  ],
  docs: ["https://docs.oracle.com/javase/8/docs/technotes/guides/troubleshoot/memleaks002.html"],
  samples: [{ text: 'Exception in thread "main" java.lang.OutOfMemoryError: Metaspace\n\tat java.lang.ClassLoader.defineClass1(Native Method)', source: "https://docs.oracle.com/javase/8/docs/technotes/guides/troubleshoot/memleaks002.html" }],
});
