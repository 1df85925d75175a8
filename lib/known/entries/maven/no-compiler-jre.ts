import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "maven.no-compiler-running-on-jre",
  category: "dependency.missing",
  match: ["No compiler is provided in this environment. Perhaps you are running on a JRE rather than a JDK?"],
  title: t("Maven 运行在 JRE 上，没有 javac 可用", "Maven runs on a JRE, so there is no javac"),
  summary: t(
    "maven-compiler-plugin 需要 JDK 里的编译器（javac），而执行 Maven 的 Java 只是 JRE（或 JAVA_HOME 指向了 JRE 目录）。安装 JDK 并让 JAVA_HOME 指向它即可。",
    "maven-compiler-plugin needs the compiler (javac) from a JDK, but the Java running Maven is only a JRE (or JAVA_HOME points at a JRE directory). Install a JDK and point JAVA_HOME at it.",
  ),
  causes: [
    t("JAVA_HOME 指向了 JRE（例如 …/jre 目录）或没有设置", "JAVA_HOME points at a JRE (such as a …/jre directory) or is unset"),
    t("机器上只装了 JRE；IDE/CI（Jenkins 等）里为构建配置的是 JRE", "only a JRE is installed; the IDE or CI (Jenkins, …) is configured with a JRE for the build"),
  ],
  solutions: [
    {
      title: t("安装 JDK，并把 JAVA_HOME 指向 JDK", "Install a JDK and point JAVA_HOME at it"),
      steps: [t("mvn -v 会显示 Maven 用的 Java 路径（runtime）；确认它是 JDK（目录里有 bin/javac）。IDE 里同样把 Maven 的 JDK 设置为这个 JDK。", "mvn -v shows the Java path Maven uses (runtime); make sure it is a JDK (it has bin/javac). Set the same JDK for Maven in the IDE.")],
      code: () => block("bash", ["mvn -v", 'echo "JAVA_HOME=$JAVA_HOME"', 'ls "$JAVA_HOME/bin/javac"']),
    },
  ],
  docs: ["https://github.com/horrorho/InflatableDonkey/issues/71", "https://github.com/mybedhome/my-notes/issues/89"],
  samples: [{ text: "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.1:compile (default-compile) on project multi1: Compilation failure\n[ERROR] No compiler is provided in this environment. Perhaps you are running on a JRE rather than a JDK?\n[ERROR] -> [Help 1]", source: "https://github.com/jfrog/project-examples/issues/98" }],
});
