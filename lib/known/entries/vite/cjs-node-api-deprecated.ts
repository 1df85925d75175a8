import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "vite.cjs-node-api-deprecated",
  category: "unknown",
  match: ["The CJS build of Vite's Node API is deprecated"],
  title: t("以 CommonJS 方式加载了 Vite（CJS Node API 已弃用）", "Vite was loaded as CommonJS (the CJS Node API is deprecated)"),
  summary: t(
    "某处用 require('vite') 加载了 Vite：常见的是 vite.config.js 被当作 CommonJS 处理（最近的 package.json 没有 \"type\": \"module\"），或某个插件/工具仍以 CJS 方式导入 Vite。CJS 构建已弃用，并在 Vite 6 中移除。",
    "Something loaded Vite through require('vite'): usually vite.config.js being treated as CommonJS (the nearest package.json lacks \"type\": \"module\"), or a plugin or tool that still imports Vite as CJS. The CJS build is deprecated and removed in Vite 6.",
  ),
  causes: [
    t("vite.config.js 按 CommonJS 加载", "vite.config.js is loaded as CommonJS"),
    t("某个插件或测试工具用 require 加载 Vite（可设置 VITE_CJS_TRACE=true 查看调用位置）", "a plugin or test tool requires Vite (set VITE_CJS_TRACE=true to see where)"),
  ],
  solutions: [
    {
      title: t("把 Vite 配置改为 ESM", "Make the Vite config ESM"),
      steps: [t("配置文件用 ESM 语法，并在 package.json 加 \"type\": \"module\"，或把文件改名为 vite.config.mjs / vite.config.mts。", "Write the config with ESM syntax and either add \"type\": \"module\" to package.json or rename it to vite.config.mjs / vite.config.mts.")],
      code: () => block("bash", ["git mv vite.config.ts vite.config.mts", "VITE_CJS_TRACE=true npx vite build"]),
    },
  ],
  docs: ["https://v6.vite.dev/guide/troubleshooting", "https://vitejs.dev/guide/troubleshooting.html#vite-cjs-node-api-deprecated"],
  samples: [{ text: "The CJS build of Vite's Node API is deprecated. See https://vite.dev/guide/troubleshooting.html#vite-cjs-node-api-deprecated for more details.", source: "https://github.com/mitre/GraphEx/issues/25" }],
});
