import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "android.sdk-location-not-found",
  category: "dependency.missing",
  match: [/SDK location not found\. Define (?:a valid SDK )?location with (?:an ANDROID_(?:SDK_ROOT|HOME) environment variable|sdk\.dir in the local\.properties file)/, "SDK location not found"],
  title: t("Gradle 找不到 Android SDK（local.properties 缺少 sdk.dir）", "Gradle cannot find the Android SDK (no sdk.dir in local.properties)"),
  summary: t(
    "Android Gradle Plugin 需要知道 Android SDK 的位置：项目根目录 local.properties 里的 sdk.dir，或环境变量 ANDROID_HOME（旧名 ANDROID_SDK_ROOT）。新克隆的项目通常没有 local.properties（它不该提交到版本库），而从命令行/CI 构建时环境变量又没设置。",
    "The Android Gradle Plugin needs the SDK location: sdk.dir in local.properties at the project root, or the ANDROID_HOME environment variable (formerly ANDROID_SDK_ROOT). A fresh clone usually has no local.properties (it must not be committed), and the command line or CI has no environment variable set.",
  ),
  causes: [
    t("新克隆/新建的项目没有 local.properties（Android Studio 打开项目时才会生成）", "a fresh clone has no local.properties (Android Studio writes it when it opens the project)"),
    t("命令行或 CI 构建，ANDROID_HOME 没有设置，或者设置在另一个 shell 的配置文件里、当前进程看不到", "a command-line or CI build where ANDROID_HOME is unset, or set in another shell's profile the current process does not read"),
    t("React Native/Flutter 等项目的 android/ 子目录里缺少 local.properties", "React Native/Flutter projects: local.properties is missing in the android/ folder"),
  ],
  solutions: [
    {
      title: t("在 local.properties 里写上 sdk.dir", "Write sdk.dir into local.properties"),
      steps: [t("在 Gradle 项目根目录（React Native 是 android/ 目录）创建 local.properties，写入 SDK 的绝对路径；不要把这个文件提交到版本库。", "Create local.properties in the Gradle project root (android/ for React Native) with the SDK's absolute path; do not commit the file.")],
      code: () => block("bash", ['ANDROID_SDK="${ANDROID_HOME:-$HOME/Android/Sdk}"   # macOS default: $HOME/Library/Android/sdk', 'ls "$ANDROID_SDK/platforms"', 'echo "sdk.dir=$ANDROID_SDK" > local.properties']),
    },
    {
      title: t("或者在构建环境里设置 ANDROID_HOME", "Or set ANDROID_HOME in the build environment"),
      steps: [t("在 CI 或当前 shell 里导出 ANDROID_HOME 指向 SDK 目录；确认启动 Gradle 的那个进程能看到它。", "Export ANDROID_HOME pointing at the SDK in CI or the current shell, and make sure the process that starts Gradle sees it.")],
    },
  ],
  docs: ["https://android.googlesource.com/platform/development/+/a709035/samples/devbytes/telephony/SmsSampleProject/local.properties.sample", "https://android.googlesource.com/platform/frameworks/support/+/androidx-main/development/write_sdk_path.sh"],
  samples: [{ text: "FAILURE: Build failed with an exception.\n\n* What went wrong:\nA problem occurred configuring project ':app'.\n> SDK location not found. Define location with sdk.dir in the local.properties file or with an ANDROID_HOME environment variable.", source: "https://github.com/react/react-native/issues/21105" }],
});
