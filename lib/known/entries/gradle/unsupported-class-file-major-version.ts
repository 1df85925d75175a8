import { block, defineKnownError, t } from "../../define";

const javaOf = (major: string | undefined): number | null => {
  const n = major ? Number.parseInt(major, 10) : Number.NaN;
  return Number.isFinite(n) && n >= 49 && n <= 120 ? n - 44 : null;
};

/** First Gradle release that can run on a Java release, from Gradle's compatibility matrix. */
const firstGradle: Record<number, string> = { 11: "5.0", 16: "7.0", 17: "7.3", 18: "7.5", 19: "7.6" };

export default defineKnownError({
  id: "gradle.unsupported-class-file-major-version",
  category: "unknown",
  match: [/Unsupported class file major version (?<major>\d{2,3})/],
  title: (c) => {
    const java = javaOf(c.g.major);
    return java ? t(`构建工具读不懂 Java ${java} 的类文件（major version ${c.g.major}）`, `The build tool cannot read Java ${java} class files (major version ${c.g.major})`) : t("构建工具读不懂更新 JDK 的类文件", "The build tool cannot read class files of a newer JDK");
  },
  summary: (c) => {
    const java = javaOf(c.g.major);
    return t(
      `运行构建的 JDK${java ? ` 是 Java ${java}` : "更新"}，而读取类文件的工具（通常是 Gradle 自带的 Groovy/ASM）版本太旧，还不支持这个 JDK 的类文件格式。这不是代码错误：要么升级 Gradle（或该插件），要么换一个旧一些的 JDK 来运行构建。`,
      `The JDK running the build is ${java ? `Java ${java}` : "newer"}, and the tool reading class files (usually Gradle's bundled Groovy/ASM) is too old to know that class file format. It is not a code error: upgrade Gradle (or the plugin), or run the build with an older JDK.`,
    );
  },
  causes: [
    t("系统或 IDE 里的 JDK 升级了，而项目的 Gradle Wrapper 版本还停留在不支持它的旧版本", "the JDK on the machine or in the IDE was upgraded while the project's Gradle wrapper is still an older release that does not support it"),
    t("某个插件（JaCoCo、旧版 Android Gradle Plugin 等）内置的 ASM 版本太旧", "a plugin (JaCoCo, an old Android Gradle Plugin, …) bundles an ASM that is too old"),
  ],
  solutions: [
    {
      title: (c) => {
        const java = javaOf(c.g.major);
        const min = java ? firstGradle[java] : undefined;
        return min ? t(`把 Gradle Wrapper 升级到 ${min} 或更新`, `Upgrade the Gradle wrapper to ${min} or later`) : t("把 Gradle Wrapper 升级到支持该 JDK 的版本", "Upgrade the Gradle wrapper to a release that supports this JDK");
      },
      steps: [t("在 Gradle 的兼容性矩阵里查出支持该 Java 版本的第一个 Gradle 版本，然后升级 Wrapper（它会改写 gradle/wrapper/gradle-wrapper.properties）。", "Look up the first Gradle release that runs on this Java in Gradle's compatibility matrix, then upgrade the wrapper (it rewrites gradle/wrapper/gradle-wrapper.properties).")],
      code: (c) => {
        const java = javaOf(c.g.major);
        const min = java ? firstGradle[java] : undefined;
        return min ? block("bash", [`./gradlew wrapper --gradle-version ${min}`, "./gradlew --version"]) : null;
      },
    },
    {
      title: t("或者用项目支持的旧 JDK 运行 Gradle", "Or run Gradle with an older JDK the project supports"),
      steps: [t("设置 JAVA_HOME，或在 gradle.properties 里用 org.gradle.java.home 指向旧 JDK；IDE 里还要改 Gradle JVM 设置。", "Point JAVA_HOME (or org.gradle.java.home in gradle.properties) at the older JDK; in the IDE also change the Gradle JVM setting.")],
      code: () => block("bash", ["./gradlew --version", "# then point JAVA_HOME at an older installed JDK and check again", 'echo "JAVA_HOME=$JAVA_HOME"']),
    },
  ],
  docs: ["https://docs.gradle.org/8%2E2/userguide/compatibility.html", "https://raw.githubusercontent.com/gradle/gradle-skills/b26b14955e3a3ada5d1e90a4e08e2f10b2b54b5d/skills/gradle-wrapper-upgrade/SKILL.md", "https://www.gradle.org/docs/7.6/userguide/compatibility.html", "https://javaalmanac.io/bytecode/versions/"],
  samples: [
    {
      text: "* What went wrong:\nCould not open settings generic class cache for settings file '/home/bwitt/src/transdroid/settings.gradle'\n> BUG! exception in phase 'semantic analysis' in source unit '_BuildScript_'\n  Unsupported class file major version 69",
      source: "https://github.com/erickok/transdroid/issues/693",
    },
  ],
});
