import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "android.exported-must-be-explicit",
  category: "build.compile",
  match: [/android:exported needs to be explicitly specified for (?:element )?<(?<el>activity|activity-alias|service|receiver)[^\n]{0,200}/, /Apps targeting Android 12 and higher are required to specify an explicit value for `?android:exported`?/],
  title: t("Android 12（targetSdk 31）起，带 intent-filter 的组件必须写 android:exported", "From Android 12 (targetSdk 31), components with an intent-filter must set android:exported"),
  summary: t(
    "应用以 Android 12 及以上为目标时，声明了 intent-filter 的 activity、activity-alias、service 和 receiver 必须显式写出 android:exported；否则清单合并失败，或者 APK 无法安装。报错的组件可能来自自己的清单，也可能来自某个依赖库的清单。",
    "When an app targets Android 12 or higher, every activity, activity-alias, service and receiver with an intent-filter must declare android:exported explicitly; otherwise the manifest merge fails or the APK cannot be installed. The component may be in your own manifest or in a dependency's.",
  ),
  causes: [
    t("targetSdkVersion 升到 31+ 后，自己的 AndroidManifest.xml 里带 intent-filter 的组件没有写 android:exported", "after raising targetSdkVersion to 31+, components with an intent-filter in your AndroidManifest.xml lack android:exported"),
    t("某个依赖库（推送、扫码 SDK 等）的清单里的组件没有写，库还没有发布适配 Android 12 的版本", "a component in a dependency's manifest (push, scanner SDKs, …) lacks it and the library has no Android 12 release yet"),
  ],
  solutions: [
    {
      title: t("给每个带 intent-filter 的组件加上 android:exported", "Add android:exported to every component with an intent-filter"),
      steps: [t("需要被其他应用或系统启动的（如 LAUNCHER 主界面）设为 true，否则设为 false。组件来自依赖库时，升级到适配 Android 12 的库版本。", "Use true for components other apps or the system must start (such as the LAUNCHER activity), false otherwise. If it comes from a library, upgrade to a release of it that supports Android 12.")],
      code: () => block("xml", ['<activity android:name=".MainActivity" android:exported="true">', "  <intent-filter>", '    <action android:name="android.intent.action.MAIN" />', '    <category android:name="android.intent.category.LAUNCHER" />', "  </intent-filter>", "</activity>"]),
    },
  ],
  docs: ["https://developer.android.com/about/versions/12/behavior-changes-12#exported", "https://github.com/kivy/python-for-android/pull/2551"],
  samples: [{ text: "Manifest merger failed : Apps targeting Android 12 and higher are required to specify an explicit value for `android:exported` when the corresponding component has an intent filter defined. See https://developer.android.com/guide/topics/manifest/activity-element#exported for details.", source: "https://blog.csdn.net/weixin_38107457/article/details/122223316" }],
});
