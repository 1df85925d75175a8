import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "vite.outdated-optimize-dep",
  category: "unknown",
  match: ["504 (Outdated Optimize Dep)", /\bERR_OUTDATED_OPTIMIZED_DEP\b/],
  title: t("Vite 重新预构建依赖后，页面仍在请求旧版本（504 Outdated Optimize Dep）", "Vite re-optimised dependencies while the page still asks for the old ones (504 Outdated Optimize Dep)"),
  summary: t("开发模式下 Vite 会把依赖预构建到 node_modules/.vite。浏览器访问到新页面时发现了新的依赖，Vite 重新预构建，已经加载的页面继续请求旧哈希的文件，于是得到 504。通常刷新页面即可恢复。", "In dev mode Vite pre-bundles dependencies into node_modules/.vite. When navigation reveals new dependencies, Vite re-optimises, and the already-loaded page keeps requesting files with the old hash, getting 504. A reload usually recovers."),
  causes: [t("依赖是在浏览页面时才被发现的（懒加载路由、条件导入），触发了重新预构建", "dependencies were discovered only while browsing (lazy routes, conditional imports), triggering a re-optimisation"), t("node_modules/.vite 缓存与当前依赖不一致（切换分支、升级依赖后）", "the node_modules/.vite cache no longer matches the dependencies (after switching branches or upgrading)")],
  solutions: [
    { title: t("刷新页面；经常出现时把依赖加入 optimizeDeps.include", "Reload; if it keeps happening, list the dependencies in optimizeDeps.include"), steps: [t("把懒加载路由里用到的依赖写进 vite.config 的 optimizeDeps.include，让 Vite 在启动时一次性预构建。", "Add the dependencies used by lazy routes to optimizeDeps.include in vite.config so Vite pre-bundles them at start-up.")] },
    { title: t("清除预构建缓存", "Clear the pre-bundle cache"), steps: [t("用 --force 启动会忽略缓存并重新预构建。", "Starting with --force ignores the cache and pre-bundles again.")], code: () => block("bash", ["npx vite --force"]) },
  ],
  docs: ["https://remix.run/docs/en/2.16.8/guides/dependency-optimization"],
  samples: [{ text: "GET http://localhost:5173/node_modules/.vite/deps/react-dom_client.js?v=4f2c1a9b net::ERR_ABORTED 504 (Outdated Optimize Dep)", source: "https://remix.run/docs/en/2.16.8/guides/dependency-optimization" }],
});
