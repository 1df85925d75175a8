import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "esbuild.node-builtin-not-resolved",
  category: "build.compile",
  match: [/The package "(?<mod>[\w:\/.-]{1,60})" wasn't found on the file system but is built into node\./],
  title: (c) => t(`esbuild 在非 Node 平台上打包时遇到 Node 内置模块 ${ic(c.g.mod ?? "")}`, `esbuild met the Node built-in ${ic(c.g.mod ?? "")} while bundling for a non-Node platform`),
  summary: (c) =>
    t(
      `代码（或某个依赖）导入了 Node 的内置模块 ${ic(c.g.mod ?? "")}；esbuild 只有在 platform 为 node 时才把它们当作内置模块留着不打包。现在的平台是 browser（默认）或 neutral，浏览器里没有这些模块，所以解析失败。`,
      `The code (or a dependency) imports the Node built-in ${ic(c.g.mod ?? "")}; esbuild leaves built-ins unbundled only when platform is node. The platform is browser (the default) or neutral, and the browser has no such modules, so resolution fails.`,
    ),
  causes: [
    t("这是给 Node 运行的代码（CLI、服务端、Lambda），但没有设置 platform: 'node'", "this code runs on Node (a CLI, a server, a Lambda) but platform: 'node' is not set"),
    t("面向浏览器的包里混进了只能在 Node 上运行的依赖（如 dotenv、fs 读文件的库）", "a browser bundle pulls in a dependency that only works on Node (dotenv, libraries that read files with fs)"),
  ],
  solutions: [
    {
      title: t("为 Node 打包：设置 platform 为 node", "Bundling for Node: set platform to node"),
      steps: [t("命令行加 --platform=node，或在 build() 选项里写 platform: 'node'；这正是消息里给出的办法。", "Add --platform=node on the command line, or platform: 'node' in the build() options; this is what the message suggests.")],
    },
    {
      title: t("为浏览器打包：去掉或替换这个依赖", "Bundling for the browser: drop or replace the dependency"),
      steps: [t("浏览器里不存在这些模块：找到是哪个文件导入了它（错误下方的路径），换成浏览器版本的库，或用 alias / external 选项替换或排除它。", "These modules do not exist in the browser: find the importing file (the path under the error) and switch to a browser build of the library, or replace or exclude it with the alias / external options.")],
    },
  ],
  docs: ["https://esbuild.github.io/api/#platform", "https://github.com/evanw/esbuild/issues/3799", "https://github.com/evanw/esbuild/issues/892"],
  samples: [
    { text: "X [ERROR] Could not resolve \"util\"\n\n    node_modules/object-inspect/util.inspect.js:1:25:\n      1 │ module.exports = require('util').inspect;\n        ╵                          ~~~~~~\n\n  The package \"util\" wasn't found on the file system but is built into node. Are you trying to\n  bundle for node? You can use \"--platform=node\" to do that, which will remove this error.", source: "https://github.com/inspect-js/object-inspect/issues/41" },
  ],
});
