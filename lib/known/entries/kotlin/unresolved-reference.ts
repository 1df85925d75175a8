import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "kotlin.unresolved-reference",
  category: "code.name",
  // Anchored on a Kotlin source location (file.kt / .kts with line and column) so other languages' wording does not match.
  match: [/\.kts?(?::\d{1,6}:\d{1,6}|: \(\d{1,6}, \d{1,6}\)):? Unresolved reference:? '?(?<name>[\w$]{1,100})/],
  title: (c) => t(`Kotlin 找不到符号 ${ic(c.g.name ?? "")}`, `Kotlin cannot resolve ${ic(c.g.name ?? "")}`),
  summary: (c) =>
    t(
      `Kotlin 编译器在这个位置找不到名为 ${ic(c.g.name ?? "")} 的类、函数、属性或包：它没有声明、没有导入，或者提供它的依赖不在这个模块的编译类路径上。`,
      `The Kotlin compiler finds no class, function, property or package named ${ic(c.g.name ?? "")} at this point: it is not declared, not imported, or the dependency that provides it is not on this module's compile classpath.`,
    ),
  causes: [
    t("缺少 import，或导入的包名不对", "a missing import, or the wrong package in the import"),
    t("提供它的依赖没有加到这个模块（或只加在了别的 source set / 配置里）", "the dependency providing it is not added to this module (or only to another source set / configuration)"),
    t("依赖版本变了：新版本删除或改名了这个 API（库升级、Gradle/AGP 升级后常见）", "the dependency version changed and the API was removed or renamed (common after a library, Gradle or AGP upgrade)"),
    t("生成的代码（BuildConfig、R、View Binding、KSP/kapt 输出）没有生成：相应的构建特性未开启或生成任务失败", "generated code (BuildConfig, R, View Binding, KSP/kapt output) was not generated: the build feature is off or the generating task failed"),
  ],
  solutions: [
    {
      title: (c) => t(`找到 ${ic(c.g.name ?? "")} 应该来自哪里，补上导入或依赖`, `Find where ${ic(c.g.name ?? "")} should come from, then add the import or dependency`),
      steps: [
        t("在 IDE 里对该名字使用“导入”快速修复；若无可导入项，说明依赖缺失或版本不含这个 API，查看该库的更新日志。", "Use the IDE's import quick-fix on the name; if nothing can be imported, the dependency is missing or its version lacks this API: check that library's changelog."),
        t("对 BuildConfig 一类生成的类：AGP 8 起 buildFeatures.buildConfig 默认关闭，需要显式开启。", "For generated classes such as BuildConfig: since AGP 8, buildFeatures.buildConfig is off by default and must be enabled."),
      ],
    },
  ],
  docs: ["https://kotlinlang.org/docs/packages.html", "https://developer.android.com/build/releases/past-releases/agp-8-0-0-release-notes"],
  samples: [
    { text: "e: /home/phelipe/Documentos/temp/TestCastle/node_modules/@castleio/react-native-castle/android/src/main/java/com/reactnativecastle/CastleModule.kt: (26, 35): Unresolved reference: VERSION_NAME", source: "https://github.com/castle/castle-react-native/issues/35" },
    { text: "e: file:///D:/DevareaLocal/GIT/twilio-verify-android/buildSrc/src/main/kotlin/plugins/ktlint.gradle.kts:30:5 Unresolved reference: main", source: "https://github.com/twilio/twilio-verify-android/issues/226" },
  ],
});
