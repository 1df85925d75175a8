import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "android.min-sdk-manifest-merger",
  category: "build.compile",
  match: [/uses-sdk:minSdkVersion (?<app>\d{1,3}) cannot be smaller than version (?<lib>\d{1,3}) declared in library (?<name>[^\n]{1,200}?)(?: [A-Za-z]:\\| \/|\n|$)/],
  title: (c) => t(`应用的 minSdk ${c.g.app ?? ""} 低于库要求的 ${c.g.lib ?? ""}`, `The app's minSdk ${c.g.app ?? ""} is below the ${c.g.lib ?? ""} a library requires`),
  summary: (c) =>
    t(
      `清单合并时发现库 ${ic((c.g.name ?? "").trim())} 声明的 minSdkVersion 是 ${c.g.lib ?? "?"}，而应用是 ${c.g.app ?? "?"}。库可能用到低版本系统上不存在的 API，所以合并失败。`,
      `While merging manifests, the library ${ic((c.g.name ?? "").trim())} declares minSdkVersion ${c.g.lib ?? "?"} while the app declares ${c.g.app ?? "?"}. The library may use APIs missing on older systems, so the merge fails.`,
    ),
  causes: [
    t("新加入或升级的依赖提高了它的最低 SDK 要求", "a newly added or upgraded dependency raised its minimum SDK"),
    t("Flutter/React Native 项目里 minSdk 仍是模板默认值，低于插件的要求", "in a Flutter/React Native project, minSdk is still the template default, below what a plugin needs"),
  ],
  solutions: [
    {
      title: (c) => t(`把应用的 minSdk 提高到 ${c.g.lib ?? "库要求的版本"}`, `Raise the app's minSdk to ${c.g.lib ?? "the library's"}`),
      steps: [(c) => t(`在 app 模块的 build.gradle(.kts) 的 defaultConfig 里设置 minSdk = ${c.g.lib ?? "N"}（Flutter 项目在 android/app/build.gradle）。`, `Set minSdk = ${c.g.lib ?? "N"} in defaultConfig of the app module's build.gradle(.kts) (android/app/build.gradle in Flutter projects).`)],
    },
    {
      title: t("必须支持更低版本时：换用更旧的库版本，或 tools:overrideLibrary", "If you must support older versions: use an older library version, or tools:overrideLibrary"),
      steps: [t("tools:overrideLibrary 只是让合并通过；在低版本设备上调用该库用到的新 API 会崩溃，需要自己在运行时判断系统版本。", "tools:overrideLibrary only lets the merge pass; calling the library's newer APIs on older devices crashes, so you must check the OS version at run time yourself.")],
    },
  ],
  docs: ["https://developer.android.com/build/manage-manifests", "https://github.com/codeestX/ECardFlow/issues/1"],
  samples: [
    { text: "Error:Execution failed for task ':app:processDebugManifest'.\n\nManifest merger failed : uses-sdk:minSdkVersion 14 cannot be smaller than version 21 declared in library [com.github.codeestX:ECardFlow:v1.0.5] C:\\Users\\Admin.android\\build-cache\\cffbe8107ef245ed24c175848464f3a6634f9f9b\\output\\AndroidManifest.xml\nSuggestion: use tools:overrideLibrary=\"moe.codeest.ecardflow\" to force usage", source: "https://github.com/codeestX/ECardFlow/issues/1" },
  ],
});
