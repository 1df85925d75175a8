import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "vite.import-analysis-parse",
  category: "build.compile",
  match: [/Failed to parse source for import analysis because the content contains invalid JS syntax\.\s{0,3}(?<hint>[^\n]{0,240})/],
  title: (c) => {
    const plugin = c.g.hint ? /Install (@[\w.-]{1,60}\/[\w.-]{1,60}|[\w.-]{1,60}) to handle/.exec(c.g.hint)?.[1] : undefined;
    return plugin ? t(`Vite 无法解析这个文件：需要安装并启用 ${ic(plugin)}`, `Vite cannot parse this file: install and enable ${ic(plugin)}`) : t("Vite 的导入分析无法把这个文件当作 JavaScript 解析", "Vite's import analysis cannot parse this file as JavaScript");
  },
  summary: t(
    "Vite 的 vite:import-analysis 插件在转换之后仍把文件当作 JavaScript 解析，结果语法无效。通常是没有插件处理这种文件（.vue、.svelte、.jsx 写在 .js 里、.glb 等资源），或者文件本身确有语法错误。报错末尾的提示说明了该装哪个插件或如何声明资源。",
    "Vite's vite:import-analysis plugin still parses the file as JavaScript after transforms, and the syntax is invalid. Usually no plugin handles that kind of file (.vue, .svelte, JSX inside a .js file, assets such as .glb), or the file really has a syntax error. The hint at the end of the message names the plugin to install or how to declare the asset.",
  ),
  causes: [
    t("vite.config 没有注册处理该文件类型的插件（如 @vitejs/plugin-vue、@vitejs/plugin-react）", "vite.config registers no plugin for that file type (@vitejs/plugin-vue, @vitejs/plugin-react…)"),
    t("JSX 写在 .js 文件里，而 Vite 只对 .jsx/.tsx 启用 JSX 转换", "JSX is written in a .js file, while Vite only enables the JSX transform for .jsx/.tsx"),
    t("二进制或非 JS 资源被当作模块导入，没有加入 assetsInclude", "a binary or non-JS asset is imported as a module without being added to assetsInclude"),
  ],
  solutions: [
    {
      title: t("按报错提示安装插件、改扩展名或声明资源", "Install the plugin, rename the file, or declare the asset as the hint says"),
      steps: [t("缺插件就安装并加入 vite.config 的 plugins；含 JSX 的 .js 文件改名为 .jsx；资源文件加入 assetsInclude。若报错位置是普通 JS 文件，就检查那一行的语法。", "Install a missing plugin and add it to plugins in vite.config; rename .js files that contain JSX to .jsx; add asset types to assetsInclude. If the location is a plain JS file, check the syntax at that line.")],
    },
  ],
  docs: ["https://github.com/vitejs/vite/blob/main/packages/vite/src/node/plugins/importAnalysis.ts"],
  samples: [{ text: "[vite] Internal server error: Failed to parse source for import analysis because the content contains invalid JS syntax. Install @vitejs/plugin-vue to handle .vue files.\n  Plugin: vite:import-analysis", source: "https://github.com/vitejs/vite/blob/main/packages/vite/src/node/plugins/importAnalysis.ts" }],
});
