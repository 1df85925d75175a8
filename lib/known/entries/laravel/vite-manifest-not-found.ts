import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "laravel.vite-manifest-not-found",
  category: "build.compile",
  match: [/Vite manifest not found at:?\s{0,3}(?<path>[^\s()]{1,300}manifest\.json)/, /Unable to locate file in Vite manifest:?\s{0,3}(?<file>[\w./-]{1,200})/],
  title: (c) => (c.g.file ? t(`Vite manifest 里没有 ${c.g.file}：前端资源需要重新构建`, `${c.g.file} is not in the Vite manifest: rebuild the front-end assets`) : t("找不到 Vite 的 manifest.json：前端资源还没构建", "Vite's manifest.json is missing: the front-end assets were not built")),
  summary: t(
    "Blade 里的 @vite 指令在没有运行 Vite 开发服务器时，会去读 public/build/manifest.json 找构建后的文件。没有执行 npm run build（或部署时没带上 public/build），就会报这个错；manifest 里缺某个入口，说明 vite.config.js 的 input 没包含它或构建过期了。",
    "When the Vite dev server is not running, the @vite Blade directive reads public/build/manifest.json to find the built files. Without npm run build (or with public/build missing from the deployment) you get this error; an entry missing from the manifest means vite.config.js's input lacks it or the build is stale.",
  ),
  causes: [
    t("开发时没有运行 npm run dev，也没有构建过", "npm run dev is not running and no build was ever made"),
    t("生产/部署环境没有执行 npm run build，或 public/build 被 .gitignore 排除而没有上传", "production/deployment skipped npm run build, or public/build is git-ignored and was never uploaded"),
    t("@vite 引用的文件不在 vite.config.js 的 input 列表里", "the file referenced by @vite is not in vite.config.js's input list"),
  ],
  solutions: [
    {
      title: t("安装前端依赖并构建（开发时运行 dev server）", "Install front-end dependencies and build (run the dev server in development)"),
      steps: [t("生产环境执行 npm run build 生成 public/build；开发时运行 npm run dev 并保持它在运行。", "In production run npm run build to create public/build; in development run npm run dev and keep it running.")],
      code: () => block("bash", ["npm install", "npm run build", "ls public/build"]),
    },
  ],
  docs: ["https://laravel-news.com/laravel-vite-errors", "https://sentry.io/answers/how-do-i-fix-the-laravel-error-unable-to-locate-file-in-vite-manifest-resources-css"],
  samples: [{ text: "Illuminate\\Foundation\\ViteManifestNotFoundException\nVite manifest not found at: /var/www/html/public/build/manifest.json", source: "https://zenn.dev/yamadatt/articles/20250705_not_found_manifest" }],
});
