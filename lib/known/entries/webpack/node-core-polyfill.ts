import { block, defineKnownError, ic, q, t } from "../../define";

export default defineKnownError({
  id: "webpack.node-core-polyfill",
  category: "dependency.missing",
  priority: 1,
  // The fallback line names the polyfill package, so it is tried first.
  match: [
    /BREAKING CHANGE: webpack < 5 used to include polyfills for node\.js core modules by default[\s\S]{0,600}?resolve\.fallback: \{ "(?<mod>[\w/]{1,40})": (?:require\.resolve\("(?<poly>[@\w./-]{1,60})"\)|false)/,
    /Can't resolve '(?<mod>[\w/]{1,40})' in '(?<dir>[^'\n]{1,300})'\s{0,10}BREAKING CHANGE: webpack < 5 used to include polyfills for node\.js core modules by default/,
    "webpack < 5 used to include polyfills for node.js core modules",
  ],
  title: (c) => (c.g.mod ? t(`webpack 5 不再为浏览器打包提供 Node.js 核心模块 ${ic(c.g.mod)}`, `webpack 5 no longer provides the Node.js core module ${ic(c.g.mod)} to browser bundles`) : t("webpack 5 不再自动提供 Node.js 核心模块的浏览器替代", "webpack 5 no longer polyfills Node.js core modules for the browser")),
  summary: t(
    "webpack 4 会自动把 path、crypto、stream 等 Node.js 核心模块替换成浏览器版实现，webpack 5 取消了这一行为。浏览器打包里有代码（往往是某个依赖）导入了 Node.js 核心模块，要么它本来就不该进入前端代码，要么需要你显式配置替代实现。",
    "webpack 4 silently replaced Node.js core modules such as path, crypto and stream with browser implementations; webpack 5 stopped doing that. Something in the browser bundle (often a dependency) imports a Node.js core module: either it should not be in front-end code at all, or you must configure a replacement explicitly.",
  ),
  causes: [
    t("前端代码导入了只能在服务端运行的包（express、body-parser、数据库驱动、fs 相关工具）", "front-end code imports a server-only package (express, body-parser, database drivers, fs utilities)"),
    t("依赖是为 webpack 4 时代写的，默认依赖自动 polyfill（常见于旧版 web3、加密库）", "a dependency written for the webpack 4 era relies on automatic polyfills (common with older web3 and crypto libraries)"),
    t("升级到 react-scripts 5 / Angular 12+ 等基于 webpack 5 的工具链后首次出现", "it appeared after moving to a webpack 5 toolchain such as react-scripts 5 or Angular 12+"),
  ],
  solutions: [
    {
      title: t("先确认这个模块是否真的该进入浏览器代码", "First check whether this code belongs in the browser at all"),
      steps: [t("看报错上方的导入链（@ ./src/...）找到是哪个文件引入的；服务端专用的包应移到后端或 API 路由里，而不是为它加 polyfill。", "Follow the import trace above the error (@ ./src/...) to the importing file; server-only packages belong on the backend or in an API route, not behind a polyfill.")],
    },
    {
      title: t("需要时，按报错提示配置 resolve.fallback", "When it is needed, configure resolve.fallback as the message says"),
      steps: [t("安装浏览器替代包并在 webpack 配置的 resolve.fallback 里指向它；不需要的模块设为 false（空模块）。使用 CRA 时需要 craco 等工具修改 webpack 配置。", "Install the browser replacement and point resolve.fallback to it in the webpack config; set modules you do not need to false (an empty module). With CRA, use a tool such as craco to change the webpack config.")],
      code: (c) =>
        c.g.mod
          ? block("javascript", [
              "module.exports = {",
              "  resolve: {",
              "    fallback: {",
              c.g.poly ? `      ${q(c.g.mod)}: require.resolve(${q(c.g.poly)}),` : `      ${q(c.g.mod)}: false,`,
              "    },",
              "  },",
              "};",
            ])
          : null,
    },
  ],
  docs: ["https://webpack.js.org/migrate/5/#clean-up-configuration", "https://webpack.js.org/configuration/resolve/#resolve-modules"],
  samples: [
    {
      text: "BREAKING CHANGE: webpack < 5 used to include polyfills for node.js core modules by default.\nThis is no longer the case. Verify if you need this module and configure a polyfill for it.\n\nIf you want to include a polyfill, you need to:\n        - add a fallback 'resolve.fallback: { \"https\": require.resolve(\"https-browserify\") }'\n        - install 'https-browserify'\nIf you don't want to include a polyfill, you can use an empty module like this:\n        resolve.fallback: { \"https\": false }",
      source: "https://github.com/auth0/lock/issues/1999",
    },
  ],
});
