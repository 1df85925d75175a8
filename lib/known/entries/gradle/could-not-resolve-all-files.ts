import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "gradle.could-not-resolve-all-files",
  category: "dependency.install",
  match: [
    /Could not resolve all (?:files|dependencies|artifacts) for configuration '(?<config>[\w:.-]{1,200})'\.?[^\n]{0,10}\n[^\n]{0,40}?Could not find (?<dep>[\w.:-]{1,200})/,
    /Could not resolve all (?:files|dependencies|artifacts) for configuration '(?<config>[\w:.-]{1,200})'/,
  ],
  title: (c) => (c.g.dep ? t(`Gradle 在声明的仓库里找不到 ${ic(c.g.dep)}`, `Gradle cannot find ${ic(c.g.dep)} in the declared repositories`) : t(`Gradle 无法解析配置 ${ic(c.g.config ?? "")} 的依赖`, `Gradle could not resolve configuration ${ic(c.g.config ?? "")}`)),
  summary: (c) =>
    t(
      `解析 ${c.g.config ? ic(c.g.config) : "这个配置"} 时，${c.g.dep ? ic(c.g.dep) : "有依赖"}在构建脚本声明的所有仓库里都没找到（下面的 “Searched in the following locations” 列出了查过的地址），或者下载失败。`,
      `While resolving ${c.g.config ? ic(c.g.config) : "the configuration"}, ${c.g.dep ? ic(c.g.dep) : "a dependency"} was found in none of the repositories the build declares (the "Searched in the following locations" list shows where it looked), or the download failed.`,
    ),
  causes: [
    t("依赖所在的仓库没有声明（例如只在 google()、mavenCentral()、JitPack 或公司仓库里，而 repositories { } 里没写；或者仓库写在 buildscript 里而不是项目 repositories 里）", "the repository that hosts it is not declared (only in google(), mavenCentral(), JitPack or a company repository, missing from repositories { }; or declared in buildscript instead of the project's repositories)"),
    t("坐标或版本写错", "the coordinates or the version are wrong"),
    t("网络、代理或 TLS 问题导致下载失败（这时会看到 Could not GET / Could not download 而不是 Could not find）", "the download failed on network, proxy or TLS (then the log says Could not GET / Could not download, not Could not find)"),
  ],
  solutions: [
    {
      title: t("在 repositories 里声明托管该依赖的仓库", "Declare the repository that hosts the dependency"),
      steps: [t("对照 “Searched in the following locations” 看漏了哪个仓库，把它加进 settings.gradle 的 dependencyResolutionManagement.repositories 或项目的 repositories { }。", "Compare with the \"Searched in the following locations\" list, then add the missing repository to settings.gradle's dependencyResolutionManagement.repositories or the project's repositories { }.")],
    },
    {
      title: t("核对坐标和版本", "Check the coordinates and version"),
      steps: [t("在仓库网站上确认这个 group:name:version 真实存在；用 ./gradlew dependencies 看是哪个依赖把它带进来的。", "Confirm the group:name:version exists on the repository's site; ./gradlew dependencies shows what pulls it in.")],
    },
  ],
  docs: ["https://gist.github.com/ikai/5753491", "https://github.com/MicroEJ/docs/pull/1372.patch"],
  samples: [{ text: "* What went wrong:\nExecution failed for task ':app:checkDebugAarMetadata'.\n> Could not resolve all files for configuration ':app:debugRuntimeClasspath'.\n   > Could not find com.squareup.sdk.reader:reader-sdk-internal:1.7.4.\n     Searched in the following locations:", source: "https://github.com/square/reader-sdk-android-quickstart/issues/50" }],
});
