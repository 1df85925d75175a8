import { block, defineKnownError, ic, t } from "../../define";

/** Class file major version → Java release: 49 is Java 5, and each release since adds one (52 = 8, 55 = 11, 61 = 17, 65 = 21). */
const javaOf = (major: string | undefined): number | null => {
  const n = major ? Number.parseInt(major, 10) : Number.NaN;
  return Number.isFinite(n) && n >= 49 && n <= 120 ? n - 44 : null;
};

const className = (raw: string | undefined): string | null => (raw ? raw.replace(/\//g, ".") : null);

export default defineKnownError({
  id: "java.unsupported-class-version",
  category: "unknown",
  match: [
    /UnsupportedClassVersionError:?\s{0,3}(?:(?<cls>[\w/$.-]{1,200})\s{1,3})?has been compiled by a more recent version of the Java Runtime \(class file version (?<have>\d{2,3})(?:\.\d{1,5})?\), this version of the Java Runtime only recognizes class file versions up to (?<max>\d{2,3})/,
    /UnsupportedClassVersionError:?\s{0,3}(?<cls>[\w/$.-]{1,200})\s{0,3}:\s{0,3}Unsupported major\.minor version (?<have>\d{2,3})/,
  ],
  title: (c) => {
    const need = javaOf(c.g.have);
    const run = javaOf(c.g.max);
    if (need && run) return t(`类文件需要 Java ${need}，当前运行时只有 Java ${run}`, `Class compiled for Java ${need}, running on Java ${run}`);
    if (need) return t(`类文件需要 Java ${need} 或更新的运行时`, `Class compiled for Java ${need} needs a newer Java runtime`);
    return t("类文件由更新的 JDK 编译，当前 Java 运行时太旧", "Class compiled by a newer JDK than the runtime running it");
  },
  summary: (c) => {
    const need = javaOf(c.g.have);
    const run = javaOf(c.g.max);
    const cls = className(c.g.cls);
    const what = cls ? ic(cls) : null;
    return t(
      `${what ?? "这个类"}的 class 文件版本是 ${c.g.have ?? "较新的版本"}${need ? `（Java ${need}）` : ""}，而执行它的 JVM${run ? ` 是 Java ${run}，最高只认 ${c.g.max}` : " 版本更旧"}。JVM 不能加载为更新版本编译的类，只能换更新的运行时，或者用更低的目标版本重新编译。`,
      `${what ?? "This class"} has class file version ${c.g.have ?? "newer"}${need ? ` (Java ${need})` : ""}, but the JVM running it${run ? ` is Java ${run}, which recognizes versions up to ${c.g.max}` : " is older"}. A JVM cannot load classes compiled for a newer release: run it on a newer Java, or recompile for the older target.`,
    );
  },
  causes: [
    (c) => {
      const need = javaOf(c.g.have);
      return t(`PATH 或 JAVA_HOME 指向的 java 比程序要求的旧${need ? `（需要 Java ${need} 及以上）` : ""}`, `the java on PATH or JAVA_HOME is older than the program requires${need ? ` (Java ${need} or later)` : ""}`);
    },
    t("依赖的某个库升级后改用更新的 Java 版本编译（库的新版本提高了最低 Java 要求）", "a dependency's new release was compiled for a newer Java (it raised its minimum Java version)"),
    t("构建用的 JDK 比部署/运行环境新，又没有用 --release 指定目标版本", "the build JDK is newer than the deployment runtime and the build did not set --release to the target"),
  ],
  solutions: [
    {
      title: (c) => {
        const need = javaOf(c.g.have);
        return need ? t(`用 Java ${need} 或更新的 JDK/JRE 运行`, `Run it on Java ${need} or later`) : t("换用更新的 Java 运行时", "Run it on a newer Java runtime");
      },
      steps: [
        t("确认实际运行的是哪个 java（IDE、容器镜像、CI 里的 JDK 往往和终端里的不同），然后安装并切换到所需版本。", "Check which java actually runs it (IDEs, container images and CI often use a different JDK than your shell), then install and switch to the required release."),
      ],
      code: () => block("bash", ["java -version", 'echo "JAVA_HOME=$JAVA_HOME"', "# Debian/Ubuntu: list the installed JDKs and pick one", "update-alternatives --list java"]),
    },
    {
      title: t("或者按较旧的目标版本重新编译", "Or recompile for the older target"),
      steps: [
        (c) => {
          const run = javaOf(c.g.max);
          return t(
            `如果必须在${run ? ` Java ${run}` : "旧版本"}上运行，而类是你自己的代码，用 javac --release${run ? ` ${run}` : ""}（Maven 的 maven.compiler.release，Gradle 的 toolchain）重新编译；如果类来自依赖，就退回到仍支持该版本的依赖版本。`,
            `If it must run on${run ? ` Java ${run}` : " the older Java"} and the class is yours, recompile with javac --release${run ? ` ${run}` : ""} (Maven's maven.compiler.release, a Gradle toolchain); if it comes from a dependency, go back to a release of it that still supports that Java.`,
          );
        },
      ],
    },
  ],
  docs: ["https://javaalmanac.io/bytecode/versions/", "https://docs.oracle.com/en%2Fjava%2Fjavase%2F21%2Fdocs%2Fapi%2F%2F/java.base/java/lang/reflect/ClassFileFormatVersion.html", "https://maven.apache.org/guides/mini/guide-java-target.html"],
  samples: [
    {
      text: 'Exception in thread "main" java.lang.UnsupportedClassVersionError: org/springframework/boot/loader/JarLauncher has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 52.0\n\tat java.lang.ClassLoader.defineClass1(Native Method)',
      source: "https://github.com/rabume/cs2-dma-radar/issues/16",
    },
  ],
});
