import { block, defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "maven.invalid-target-release",
  category: "build.compile",
  match: [/invalid (?:target|source) release: (?<rel>[\d.]{1,10})/],
  title: (c) => (c.g.rel ? t(`编译用的 JDK 太旧，不支持目标版本 ${c.g.rel}`, `The compiling JDK is too old for release ${c.g.rel}`) : t("编译用的 JDK 太旧，不支持目标版本", "The compiling JDK is too old for the target release")),
  summary: (c) =>
    t(
      `javac 只能为不高于它自身版本的 Java 生成字节码。项目要求${c.g.rel ? ` ${ic(c.g.rel)}` : "的版本"}，而实际运行编译的 JDK（Maven/Gradle 使用的 JAVA_HOME）比它旧，所以 javac 拒绝了这个 --release/-target 参数。`,
      `javac can only produce bytecode for Java versions up to its own. The project asks for${c.g.rel ? ` ${ic(c.g.rel)}` : " a newer release"}, but the JDK actually compiling (the JAVA_HOME Maven/Gradle uses) is older, so javac rejects the --release/-target value.`,
    ),
  causes: [
    t("JAVA_HOME 或 PATH 里的 java 指向旧 JDK（mvn -v 显示的 Java version 才是 Maven 实际用的那个）", "JAVA_HOME or the java on PATH points at an older JDK (the Java version shown by mvn -v is the one Maven really uses)"),
    t("CI、容器镜像或 IDE 的项目 SDK 设置用的是另一个 JDK", "the CI image, container or the IDE's project SDK uses a different JDK"),
    t("只装了 JRE 或旧版本 JDK，尚未安装项目需要的版本", "only a JRE or an older JDK is installed, not the version the project needs"),
  ],
  solutions: [
    {
      title: t("让 Maven 用不低于目标版本的 JDK", "Make Maven use a JDK at least as new as the target"),
      steps: [
        t("运行 mvn -v 查看 Maven 实际使用的 Java 版本；安装对应的 JDK，把 JAVA_HOME 指向它后重开终端。IDE 里同时修改项目 SDK / Maven 的 JRE 设置。", "Run mvn -v to see which Java Maven really uses; install the matching JDK, point JAVA_HOME at it and open a new terminal. In an IDE, also change the project SDK / Maven runner JRE."),
      ],
      code: () => block("bash", ["mvn -v", "java -version", 'echo "$JAVA_HOME"']),
    },
    {
      title: t("或者确实只需要旧版本时，降低项目的目标版本", "Or lower the project's target if an older release is really what you need"),
      steps: [t("修改 pom.xml 里的 maven.compiler.release（或 source/target）属性；代码用了新版本的语言特性或 API 时，这条路不可行。", "Change maven.compiler.release (or source/target) in pom.xml; this only works if the code uses no newer language features or APIs.")],
    },
    ...categorySolutions("build.compile"),
  ],
  docs: ["https://maven.apache.org/plugins/maven-compiler-plugin/examples/set-compiler-release.html", "https://openjdk.org/jeps/247"],
  samples: [
    {
      text: "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.8.1:compile (default-compile) on project http-methods-discloser: Fatal error compiling: invalid target release: 11 -> [Help 1]",
      source: "https://github.com/xxux11/http-methods-discloser/issues/1",
    },
  ],
});
