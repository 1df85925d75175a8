import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "java.oom-heap-space",
  category: "resource.memory",
  match: [/OutOfMemoryError:\s{0,3}Java heap space/],
  title: t("Java 堆内存不足（OutOfMemoryError: Java heap space）", "Java heap exhausted (OutOfMemoryError: Java heap space)"),
  summary: t(
    "JVM 在 Java 堆里分配不出新对象，GC 也腾不出空间，堆已到 -Xmx 上限。它不一定是内存泄漏：常常只是堆上限（或默认值）对这个应用的数据量来说太小；长时间运行后才出现的，则多半是程序无意中一直持有对象引用。",
    "The JVM could not allocate an object in the Java heap and the garbage collector could not free room: the heap hit its -Xmx limit. It is not necessarily a leak: often the configured (or default) maximum heap is simply too small for the data; if it appears only after long uptime, the program is probably holding references it no longer needs.",
  ),
  causes: [
    t("-Xmx 没设或设得太小（没设时用的是 JVM 按物理内存算出的默认值）", "-Xmx is unset or too small (unset, the JVM picks a default from the machine's memory)"),
    t("一次性把大文件、大结果集、大集合读进内存", "a large file, result set or collection is loaded into memory at once"),
    t("内存泄漏：静态集合、缓存、监听器一直持有不再使用的对象", "a leak: static collections, caches or listeners keep objects that are no longer used"),
  ],
  solutions: [
    {
      title: t("先调大最大堆 -Xmx", "Raise the maximum heap (-Xmx) first"),
      steps: [t("在启动参数里加 -Xmx（例如 -Xmx4g），不超过机器或容器可用内存；Maven/Gradle/IDE 等工具分别在 MAVEN_OPTS、org.gradle.jvmargs、IDE 的 VM options 里设置。", "Add -Xmx to the JVM options (for example -Xmx4g), staying below the machine's or container's memory; for tools use MAVEN_OPTS, org.gradle.jvmargs or the IDE's VM options.")],
    },
    {
      title: t("仍然溢出就抓堆转储找泄漏", "If it still overflows, take a heap dump and look for the leak"),
      steps: [t("加 -XX:+HeapDumpOnOutOfMemoryError，在溢出时生成 .hprof，用 Eclipse MAT 或 VisualVM 看哪些对象占满了堆、被谁引用。", "Add -XX:+HeapDumpOnOutOfMemoryError to get an .hprof at the failure and open it in Eclipse MAT or VisualVM to see which objects fill the heap and what holds them.")],
    },
  ],
  docs: ["https://docs.oracle.com/javase/8/docs/technotes/guides/troubleshoot/memleaks002.html", "https://docs.oracle.com/en/java/javase/21/troubleshoot/troubleshooting-memory-leaks.html"],
  samples: [{ text: 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space\n\tat java.util.Arrays.copyOf(Arrays.java:3332)', source: "https://docs.oracle.com/javase/8/docs/technotes/guides/troubleshoot/memleaks002.html" }],
});
