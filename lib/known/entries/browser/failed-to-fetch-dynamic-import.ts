import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "browser.failed-to-fetch-dynamic-import",
  category: "network.connection",
  match: [/Failed to fetch dynamically imported module:? ?(?<url>https?:\/\/[^\s"']{1,300})?/, /error loading dynamically imported module:? ?(?<url>https?:\/\/[^\s"']{1,300})?/],
  title: (c) => (c.g.url ? t(`浏览器加载不到按需加载的代码块 ${ic(c.g.url)}`, `The browser could not load the lazy chunk ${ic(c.g.url)}`) : t("浏览器加载不到按需加载的代码块", "The browser could not load a lazily imported chunk")),
  summary: t(
    "import() 动态加载的文件请求失败。最常见的是重新部署之后：页面还停留在旧版本，它引用的带哈希文件名的代码块已被新版本替换删除，于是 404；其次是静态资源路径（base）配置与部署路径不符，或网络/代理拦截了请求。",
    "A file loaded with import() could not be fetched. Most often this follows a new deployment: a tab still running the old build asks for hashed chunks that the new build replaced and removed, so they 404; next come a static base path that does not match where the app is deployed, or a network/proxy blocking the request.",
  ),
  causes: [
    t("新版本部署后旧页面请求的旧哈希代码块已不存在（刷新即恢复）", "after a new deploy, the old page requests old hashed chunks that no longer exist (a reload fixes it)"),
    t("构建的 base/publicPath 与实际部署的子路径或 CDN 地址不一致", "the build's base/publicPath does not match the sub-path or CDN the app is served from"),
    t("网络中断、代理或浏览器扩展拦截了脚本请求", "the network, a proxy or a browser extension blocked the script request"),
  ],
  solutions: [
    {
      title: t("捕获加载失败并刷新页面（Vite 提供 vite:preloadError 事件）", "Catch the load failure and reload (Vite fires vite:preloadError)"),
      steps: [t("在应用入口监听 vite:preloadError，在新部署后自动刷新拿到最新的 index.html；部署时保留上一版本的静态文件一段时间也能减少这个错误。", "Listen for vite:preloadError in the app entry and reload to pick up the latest index.html after a deploy; keeping the previous build's assets online for a while also reduces the error.")],
      code: () => block("typescript", ['window.addEventListener("vite:preloadError", () => {', "  window.location.reload();", "});"]),
    },
    {
      title: t("检查 base 路径与资源地址", "Check the base path and asset URLs"),
      steps: [t("在浏览器开发者工具的网络面板查看该文件的状态码：404 且路径不对时，修正构建配置里的 base/publicPath。", "Check the file's status in the browser's network panel: a 404 on a wrong path means the build's base/publicPath must be fixed.")],
    },
  ],
  docs: ["https://github.com/redwoodjs/redwood/issues/9352", "https://github.com/vitejs/vite/issues/11804"],
  samples: [{ text: "As the components are lazy loaded, on a new deployment, it gives an error on some pages unless it's hard reloaded.\nFailed to fetch dynamically imported module: https://reforge.netlify.app/assets/index-3e42e374.js", source: "https://github.com/arifszn/reforge/issues/99" }],
});
