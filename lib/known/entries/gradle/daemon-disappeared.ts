import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "gradle.daemon-disappeared",
  category: "resource.memory",
  match: ["Gradle build daemon disappeared unexpectedly"],
  title: t("Gradle 守护进程中途被杀或崩溃", "The Gradle daemon was killed or crashed mid-build"),
  summary: t(
    "构建进程（daemon）突然消失，Gradle 客户端只知道它没了。Gradle 维护者给出的两个主要原因：Linux 的 OOM killer 因物理内存不足杀掉了它（容器/CI 机器内存小时最常见），或者 JVM 本身崩溃（会留下 hs_err_pid*.log）。先看 dmesg 和 daemon 日志确认是哪一种；内存问题就降低 org.gradle.jvmargs 的 -Xmx 与并行 worker 数，或给机器更多内存。",
    "The build process (the daemon) vanished and the Gradle client only knows it is gone. The two main causes Gradle's maintainers point to: the Linux OOM killer killed it for lack of physical memory (most common on small containers and CI machines), or the JVM itself crashed (leaving an hs_err_pid*.log). Check dmesg and the daemon log to tell which; for memory, lower -Xmx in org.gradle.jvmargs and the number of parallel workers, or give the machine more memory.",
  ),
  causes: [
    t("系统内存不足，Linux OOM killer 杀掉了 daemon（-Xmx 加上 worker、Kotlin 守护进程等的总和超过了机器/容器内存）", "the system ran out of memory and the Linux OOM killer killed the daemon (-Xmx plus workers, the Kotlin daemon and so on exceed the machine or container memory)"),
    t("JVM 原生崩溃，工作目录里会有 hs_err_pid*.log", "a native JVM crash, which leaves an hs_err_pid*.log in the working directory"),
    t("外部进程（CI 超时、容器停止）发送了 SIGTERM", "something outside (a CI timeout, a container stop) sent SIGTERM"),
  ],
  solutions: [
    {
      title: t("确认是不是 OOM killer", "Check whether the OOM killer did it"),
      steps: [t("dmesg 里有 Killed process … java 就是 OOM killer；有 hs_err_pid 文件则是 JVM 崩溃，把文件附到问题报告里。", "A Killed process … java line in dmesg means the OOM killer; an hs_err_pid file means a JVM crash, and belongs in the bug report.")],
      code: () => block("bash", ["sudo dmesg -T | grep -iE 'killed process|out of memory' | tail", "ls hs_err_pid*.log", "ls ~/.gradle/daemon/*/daemon-*.out.log"]),
    },
    {
      title: t("让 Gradle 的内存总量适合机器", "Fit Gradle's total memory to the machine"),
      steps: [t("在项目的 gradle.properties 里设置；-Xmx 要给系统和其他进程留出空间，CI 上也可以用 --no-daemon 减少常驻进程。", "Set these in the project's gradle.properties; leave room below physical memory for the system and other processes, and on CI --no-daemon avoids keeping processes around.")],
      code: () => block("properties", ["org.gradle.jvmargs=-Xmx2g -XX:MaxMetaspaceSize=512m", "org.gradle.workers.max=2", "org.gradle.parallel=false"]),
    },
  ],
  docs: ["https://github.com/gradle/gradle/issues/17921", "https://github.com/gradle/gradle/issues/9371", "https://github.com/gradle/gradle/issues/24790", "https://docs.gradle.org/current/userguide/build_environment.html"],
  samples: [{ text: "FAILURE: Build failed with an exception.\n\n* What went wrong:\nGradle build daemon disappeared unexpectedly (it may have been killed or may have crashed)\n\n* Try:\nRun with --stacktrace option to get the stack trace. Run with --info or --debug option to get more log output. Run with --scan to get full insights.", source: "https://github.com/gorpipe/gor/issues/5" }],
});
