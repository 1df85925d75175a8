import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "node.esm-scope-commonjs-globals",
  category: "code.name",
  match: [/(?<name>require|exports|module|__dirname|__filename) is not defined in ES module scope(?:, you can use import instead)?(?:[\s\S]{0,120}?and '(?<pj>[^'\n]{1,300}package\.json)' contains "type": "module")?/],
  title: (c) => t(`ES 模块里没有 ${ic(c.g.name ?? "")}`, `${ic(c.g.name ?? "")} does not exist in an ES module`),
  summary: (c) =>
    t(
      `这个 .js 文件被当作 ES 模块执行（最近的 package.json${c.g.pj ? `（${ic(c.g.pj)}）` : ""} 声明了 "type": "module"）。ES 模块里没有 CommonJS 的 require、exports、module.exports、__dirname 和 __filename，所以 ${ic(c.g.name ?? "")} 未定义。`,
      `This .js file runs as an ES module (the nearest package.json${c.g.pj ? ` (${ic(c.g.pj)})` : ""} declares "type": "module"). ES modules have none of CommonJS's require, exports, module.exports, __dirname or __filename, so ${ic(c.g.name ?? "")} does not exist here.`,
    ),
  causes: [
    t("项目（或依赖包）在 package.json 里加了 \"type\": \"module\"，但这个文件仍按 CommonJS 写法编写", "the project (or a dependency) added \"type\": \"module\" to package.json while this file is still written as CommonJS"),
    t("依赖包新版本改成了 ESM 但发布了有问题的文件（报错路径在 node_modules 里时，升级到修复版本）", "a dependency moved to ESM in a new version and published a broken file (when the path is inside node_modules, upgrade to the fixed release)"),
  ],
  solutions: [
    {
      title: t("改用 ES 模块写法", "Use ES module syntax"),
      steps: [t("require 改为 import；__dirname/__filename 用 import.meta.dirname / import.meta.filename（Node.js 20.11+），或用 fileURLToPath(import.meta.url) 计算；确实需要 require 时用 createRequire。", "Replace require with import; get __dirname/__filename from import.meta.dirname / import.meta.filename (Node.js 20.11+) or compute them with fileURLToPath(import.meta.url); use createRequire when you really need require.")],
      code: () =>
        block("javascript", [
          'import { createRequire } from "node:module";',
          'import path from "node:path";',
          'import { fileURLToPath } from "node:url";',
          "",
          "const __filename = fileURLToPath(import.meta.url);",
          "const __dirname = path.dirname(__filename);",
          "const require = createRequire(import.meta.url);",
          "console.log(__dirname, typeof require);",
        ]),
    },
    {
      title: t("或者把这个文件改名为 .cjs", "Or rename this file to .cjs"),
      steps: [t("按报错提示，把仍是 CommonJS 的文件改为 .cjs 扩展名，它就按 CommonJS 执行；或者去掉 package.json 的 \"type\": \"module\"（会影响所有 .js 文件）。", "As the message says, rename files that are still CommonJS to .cjs so they run as CommonJS; or drop \"type\": \"module\" from package.json (which affects every .js file).")],
    },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/esm.md", "https://gist.github.com/sindresorhus/a39789f98801d908bbc7ff3ecc99d99c"],
  samples: [
    { text: "const express = require(\"express\");\n                ^\n\nReferenceError: require is not defined in ES module scope, you can use import instead\nThis file is being treated as an ES module because it has a '.js' file extension and '/Users/Nizz0k/Sites/pgpengapi/package.json' contains \"type\": \"module\". To treat it as a CommonJS script, rename it to use the '.cjs' file extension.", source: "https://github.com/ousecTic/pern-jwt-tutorial/issues/3" },
  ],
});
