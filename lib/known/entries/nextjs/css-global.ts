import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "nextjs.css-global",
  category: "build.compile",
  match: ["Global CSS cannot be imported from files other than your Custom <App>"],
  title: t("全局 CSS 只能在 pages/_app 里导入", "Global CSS may only be imported from pages/_app"),
  summary: t("在 Pages Router 中，全局样式表有副作用且依赖加载顺序，Next.js 只允许在自定义 <App>（pages/_app.js）里导入；在其他组件或页面里 import 一个普通 .css 文件就会报错。", "In the Pages Router, global stylesheets have side effects and depend on ordering, so Next.js only allows importing them from the custom <App> (pages/_app.js); importing a plain .css file from any other component or page fails."),
  causes: [t("组件或页面里 import 了普通的 .css（不是 .module.css）", "a component or page imports a plain .css file (not .module.css)"), t("第三方组件库要求导入全局样式，却在组件文件里导入", "a third-party library's global stylesheet is imported from a component file")],
  solutions: [{ title: t("把全局 CSS 移到 pages/_app，或改用 CSS Modules", "Move the global CSS to pages/_app, or switch to CSS Modules"), steps: [t("把 import './x.css' 移到 pages/_app.js；组件自己的样式改名为 x.module.css 并以 import styles from 方式使用（Next.js 推荐）。", "Move import './x.css' into pages/_app.js; for component styles, rename the file to x.module.css and use import styles from (Next.js's preferred approach).")] }],
  docs: ["https://github.com/vercel/next.js/blob/canary/errors/css-global.mdx"],
  samples: [{ text: "./styles/Home.css\nGlobal CSS cannot be imported from files other than your Custom <App>. Due to the Global nature of stylesheets, and to avoid conflicts, Please move all first-party global CSS imports to pages/_app.js. Or convert the import to Component-Level CSS (CSS Modules).\nRead more: https://nextjs.org/docs/messages/css-global", source: "https://github.com/vercel/next.js/blob/canary/errors/css-global.mdx" }],
});
