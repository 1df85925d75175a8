import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "maven.source-option-no-longer-supported",
  category: "build.compile",
  match: [/(?:Source|Target) option (?<old>[\d.]{1,4}) is no longer supported\. Use (?<min>[\d.]{1,4}) or later/],
  title: (c) => t(`当前 JDK 已不支持编译到 Java ${c.g.old ?? "旧版本"}`, `The current JDK can no longer compile for Java ${c.g.old ?? "that old release"}`),
  summary: (c) =>
    t(
      `项目（或旧版 maven-compiler-plugin 的默认值）要求 javac 按 Java ${c.g.old ?? "旧"} 的 source/target 编译，而现在的 JDK 只支持 ${c.g.min ?? "更新的"} 及以上。需要在 pom 里明确设置一个当前 JDK 支持的版本。`,
      `The project (or an old maven-compiler-plugin's default) asks javac for source/target ${c.g.old ?? "an old release"}, and the current JDK only supports ${c.g.min ?? "newer ones"} and up. Set a supported release explicitly in the pom.`,
    ),
  causes: [
    t("pom 里没有设置编译版本，旧版 maven-compiler-plugin 使用了很老的默认值", "the pom sets no compiler level and an old maven-compiler-plugin falls back to a very old default"),
    t("pom 里写死了 1.5/1.6 等旧版本", "the pom hard-codes an old level such as 1.5 or 1.6"),
    t("属性名写错（例如 maven.compile.source），设置没有生效", "the property name is misspelt (e.g. maven.compile.source), so the setting never applies"),
  ],
  solutions: [
    {
      title: t("在 pom.xml 里设置 maven.compiler.release", "Set maven.compiler.release in pom.xml"),
      steps: [t("JDK 9 及以上推荐用 release（maven-compiler-plugin 3.6+）；值取项目实际要运行的 Java 版本。", "On JDK 9+ prefer release (maven-compiler-plugin 3.6+); use the Java version the project must run on.")],
      code: () => block("xml", ["<properties>", "  <maven.compiler.release>17</maven.compiler.release>", "</properties>"]),
    },
  ],
  docs: ["https://maven.apache.org/guides/mini/guide-java-target.html", "https://maven.Apache.org/plugins/maven-compiler-plugin/examples/set-compiler-release.html"],
  samples: [{ text: "[ERROR] COMPILATION ERROR : \n[INFO] -------------------------------------------------------------\n[ERROR] Source option 5 is no longer supported. Use 6 or later.\n[ERROR] Target option 1.5 is no longer supported. Use 1.6 or later.", source: "https://github.com/shopizer-ecommerce/shopizer/issues/360" }],
});
