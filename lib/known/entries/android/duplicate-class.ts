import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "android.duplicate-class",
  category: "build.compile",
  match: [/Duplicate class (?<cls>[\w.$]{1,200}) found in modules (?<a>[^\n]{1,200}?) and (?<b>[^\n]{1,200})/],
  title: (c) => t(`同一个类 ${ic(c.g.cls ?? "")} 出现在两个依赖里`, `The class ${ic(c.g.cls ?? "")} comes from two dependencies`),
  summary: (c) =>
    t(
      `Android 构建的 checkDuplicateClasses 任务发现 ${ic(c.g.cls ?? "这个类")} 同时存在于 ${ic(c.g.a ?? "一个模块")} 和 ${ic(c.g.b ?? "另一个模块")} 中。一个 APK 里同名的类只能有一份，所以构建失败；通常是同一个库的两个不同坐标或两个版本被一起引入了。`,
      `The Android build's checkDuplicateClasses task found ${ic(c.g.cls ?? "the class")} both in ${ic(c.g.a ?? "one module")} and in ${ic(c.g.b ?? "another")}. An APK can hold only one class of a name, so the build fails; usually the same library arrived under two coordinates or in two versions.`,
    ),
  causes: [
    t("同一个库改过 Maven 坐标，新旧两个坐标被不同依赖同时带进来（例如 com.intellij:annotations 与 org.jetbrains:annotations，react-native 与 react-android）", "a library changed its Maven coordinates and different dependencies bring in both the old and the new one (com.intellij:annotations and org.jetbrains:annotations, react-native and react-android)"),
    t("一个 aar/jar 把别的库的类打包进了自己（fat jar），又单独依赖了那个库", "an aar/jar bundles another library's classes inside itself (a fat jar) while that library is also a dependency"),
    t("项目同时依赖 Support Library 和 AndroidX 版本，却没有启用 Jetifier", "the project depends on both Support Library and AndroidX artifacts without Jetifier"),
  ],
  solutions: [
    {
      title: t("找出是谁带进来的，排除其中一个", "Find who brings each in, and exclude one"),
      steps: [
        t("运行 ./gradlew :app:dependencies（或 Android Studio 的依赖视图）查看两个模块各自来自哪个依赖。", "Run ./gradlew :app:dependencies (or Android Studio's dependency view) to see which dependency brings each module."),
        t("在 build.gradle 里对旧的那个做 exclude（例如 configurations { implementation.exclude group: 'org.jetbrains', module: 'annotations' }），或把两边升级到同一版本线。", "Exclude the old one in build.gradle (for example configurations { implementation.exclude group: 'org.jetbrains', module: 'annotations' }), or upgrade both sides to one version line."),
      ],
    },
  ],
  docs: ["https://developer.android.com/build/dependencies", "https://github.com/MacKentoch/react-native-beacons-manager/issues/243", "https://github.com/react/react-native/issues/36108"],
  samples: [
    { text: "Execution failed for task ':app:checkDebugDuplicateClasses'.\n> A failure occurred while executing com.android.build.gradle.internal.tasks.CheckDuplicatesRunnable\n   > Duplicate class org.intellij.lang.annotations.Identifier found in modules jetified-annotations-12.0 (com.intellij:annotations:12.0) and jetified-annotations-13.0 (org.jetbrains:annotations:13.0)", source: "https://github.com/MacKentoch/react-native-beacons-manager/issues/243" },
  ],
});
