import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "gradle.minimum-supported-gradle-version",
  category: "build.compile",
  match: [/Minimum supported Gradle version is (?<min>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\. Current version is (?<cur>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)/],
  title: (c) => t(`插件要求 Gradle ${c.g.min ?? ""}，当前是 ${c.g.cur ?? ""}`, `The plugin needs Gradle ${c.g.min ?? ""}, the build runs ${c.g.cur ?? ""}`),
  summary: (c) =>
    t(
      `项目用的 Android Gradle Plugin（或其他 Gradle 插件）版本要求至少 Gradle ${c.g.min ?? "更新的版本"}，而 Gradle Wrapper 还是 ${c.g.cur ?? "旧版本"}。AGP 的每个版本都有最低 Gradle 版本要求，升级插件时必须同时升级 Wrapper。`,
      `The Android Gradle Plugin (or another plugin) the project uses requires at least Gradle ${c.g.min ?? "a newer release"}, while the Gradle wrapper is still ${c.g.cur ?? "older"}. Every AGP release has a minimum Gradle version, so upgrading the plugin means upgrading the wrapper too.`,
    ),
  causes: [
    t("升级了 AGP（或 Android Studio 自动升级了它），但没有同步升级 gradle-wrapper.properties", "AGP was upgraded (possibly by Android Studio) without upgrading gradle-wrapper.properties"),
    t("用系统安装的旧 gradle 命令而不是项目的 ./gradlew 构建", "the build runs a system-wide older gradle instead of the project's ./gradlew"),
  ],
  solutions: [
    {
      title: (c) => t(`把 Gradle Wrapper 升级到 ${c.g.min ?? "要求的版本"}`, `Upgrade the Gradle wrapper to ${c.g.min ?? "the required version"}`),
      steps: [t("运行 wrapper 任务（它会改写 gradle/wrapper/gradle-wrapper.properties 的 distributionUrl），之后始终用 ./gradlew 构建。", "Run the wrapper task (it rewrites distributionUrl in gradle/wrapper/gradle-wrapper.properties), then always build with ./gradlew.")],
      code: (c) => (c.g.min && /^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?$/.test(c.g.min) ? block("bash", [`./gradlew wrapper --gradle-version ${c.g.min}`, "./gradlew --version"]) : null),
    },
  ],
  docs: ["https://raw.githubusercontent.com/gradle/gradle-skills/b26b14955e3a3ada5d1e90a4e08e2f10b2b54b5d/skills/gradle-wrapper-upgrade/SKILL.md", "https://developer.android.google.cn/build/releases/past-releases/agp-1-0-0-release-notes?hl=en"],
  samples: [{ text: "Caused by: java.lang.RuntimeException: Minimum supported Gradle version is 6.7.1. Current version is 6.7. If using the gradle wrapper, try editing the distributionUrl in /home/nk/Snapchat/Dev/upstream/android-build-eval/mobile_app1/gradle/wrapper/gradle-wrapper.properties to gradle-6.7.1-all.zip\n\tat com.android.build.gradle.internal.plugins.VersionCheckPlugin.apply(VersionCheckPlugin.kt:59)", source: "https://github.com/uber-common/android-build-eval/issues/8" }],
});
