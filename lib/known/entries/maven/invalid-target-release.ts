import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "maven.invalid-target-release",
  category: "build.compile",
  match: [/Fatal error compiling:\s{0,3}(?:error:\s{0,3})?invalid (?:target|source) release:\s{0,3}(?<release>[\d.]{1,5})/, /error: invalid (?:target|source) release:\s{0,3}(?<release>[\d.]{1,5})/],
  title: (c) => t(`运行 Maven 的 JDK 比目标版本 ${c.g.release ?? ""} 旧`, `The JDK running Maven is older than the target release ${c.g.release ?? ""}`),
  summary: (c) =>
    t(
      `pom 要求编译成 Java ${c.g.release ?? "更高版本"}（maven.compiler.release / source / target），但执行编译的 javac 来自更旧的 JDK，它不认识这个版本号。javac 只能编译到它自己的版本为止。`,
      `The pom asks to compile for Java ${c.g.release ?? "a newer release"} (maven.compiler.release / source / target), but the javac doing the work comes from an older JDK that does not know that release. javac can only target releases up to its own.`,
    ),
  causes: [
    t("JAVA_HOME 指向旧 JDK（mvn -v 显示的 Java version 才是 Maven 实际使用的）", "JAVA_HOME points at an older JDK (the Java version shown by mvn -v is the one Maven uses)"),
    t("IDE、CI 或 Docker 镜像里的 Maven 用的是另一个（旧的）JDK", "Maven in the IDE, CI or Docker image runs on a different, older JDK"),
  ],
  solutions: [
    {
      title: (c) => t(`让 Maven 用 JDK ${c.g.release ?? ""} 或更新版本运行`, `Run Maven on JDK ${c.g.release ?? ""} or later`),
      steps: [t("先看 mvn -v 输出的 Java version；把 JAVA_HOME 改成足够新的 JDK（CI 里修改 setup-java 等步骤的 java-version）。", "Check the Java version that mvn -v prints, then point JAVA_HOME at a new enough JDK (in CI, change the java-version of setup-java or similar).")],
      code: () => block("bash", ["mvn -v", 'echo "JAVA_HOME=$JAVA_HOME"']),
    },
    {
      title: t("或者降低目标版本", "Or lower the target release"),
      steps: [t("如果项目确实可以用旧版本编译，把 maven.compiler.release 改成当前 JDK 支持的版本。", "If the project really can build for the older Java, set maven.compiler.release to a release the current JDK supports.")],
    },
  ],
  docs: ["https://maven.apache.org/guides/mini/guide-java-target.html", "https://maven.Apache.org/plugins/maven-compiler-plugin/examples/set-compiler-release.html"],
  samples: [{ text: "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.7.0:compile (default-compile) on project messagebird-api: Fatal error compiling: invalid target release: 11 -> [Help 1]", source: "https://github.com/messagebird/java-rest-api/issues/63" }],
});
