import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "java.oom-gc-overhead-limit",
  category: "resource.memory",
  match: [/OutOfMemoryError:\s{0,3}GC overhead limit exceeded/i],
  title: t("GC 开销超限（GC overhead limit exceeded）", "GC overhead limit exceeded"),
  summary: t(
    "JVM 把绝大部分时间（约 98%）花在垃圾回收上，却只回收了很少的堆（不到 2%），于是提前抛出 OutOfMemoryError。本质和 Java heap space 一样：堆对当前数据量太小，或者有对象一直回收不掉。",
    "The JVM spent almost all its time (about 98%) in garbage collection while recovering very little heap (under 2%), so it gave up early with OutOfMemoryError. It is the same problem as Java heap space: the heap is too small for the data, or objects are never released.",
  ),
  causes: [
    t("最大堆 -Xmx 对处理的数据量来说太小", "the maximum heap (-Xmx) is too small for the data being processed"),
    t("内存泄漏，或一次性在内存里构建过大的集合", "a memory leak, or building a huge collection in memory at once"),
  ],
  solutions: [
    {
      title: t("调大 -Xmx，再看是否仍然发生", "Raise -Xmx and see whether it persists"),
      steps: [t("在启动参数（或 MAVEN_OPTS、org.gradle.jvmargs、_JAVA_OPTIONS）里提高 -Xmx。不要只用 -XX:-UseGCOverheadLimit 关掉检查，那只会把错误推迟成 Java heap space。", "Raise -Xmx in the JVM options (or MAVEN_OPTS, org.gradle.jvmargs). Turning the check off with -XX:-UseGCOverheadLimit only postpones it into a Java heap space error.")],
    },
    {
      title: t("分批处理或找出泄漏", "Process in batches, or find the leak"),
      steps: [t("把一次性读入的数据改成流式/分批；用 -XX:+HeapDumpOnOutOfMemoryError 生成堆转储，看是什么对象占满了堆。", "Stream or batch the data instead of loading it whole; take a heap dump with -XX:+HeapDumpOnOutOfMemoryError to see what fills the heap.")],
    },
  ],
  docs: ["https://docs.oracle.com/javase/8/docs/technotes/guides/troubleshoot/memleaks002.html"],
  samples: [{ text: 'Exception in thread "Thread-0" java.lang.OutOfMemoryError: GC overhead limit exceeded\n        at java.util.HashMap.createEntry(Unknown Source)', source: "https://github.com/CellProfiler/CellProfiler/issues/836" }],
});
