import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "node.cannot-use-import-outside-module",
  category: "code.syntax",
  match: ["Cannot use import statement outside a module", /To load an ES module, set "type": "module" in the package\.json or use the \.mjs extension/],
  title: t("ES 模块语法被当成 CommonJS 加载", "ES module syntax was loaded as CommonJS"),
  summary: t(
    "文件里用了 import/export，但加载它的一方把它当作 CommonJS（或普通脚本）执行。Node.js 按 package.json 的 \"type\" 字段和扩展名决定：.js 文件在没有 \"type\": \"module\" 时是 CommonJS；浏览器里没有 type=\"module\" 的 <script> 也不能用 import。",
    "The file uses import/export, but whatever loaded it ran it as CommonJS (or as a classic script). Node.js decides by the package.json \"type\" field and the extension: a .js file is CommonJS unless \"type\": \"module\" is set; in a browser, a <script> without type=\"module\" cannot use import either.",
  ),
  causes: [
    t("package.json 没有 \"type\": \"module\"，文件扩展名又是 .js", "package.json has no \"type\": \"module\" and the file ends in .js"),
    t("依赖包只发布了 ES 模块，而测试运行器（如 Jest）按 CommonJS 加载它且没有转译 node_modules", "a dependency ships only ES modules and a test runner (Jest…) loads it as CommonJS without transforming node_modules"),
    t("浏览器里 <script> 标签缺少 type=\"module\"", "in the browser, the <script> tag lacks type=\"module\""),
  ],
  solutions: [
    {
      title: t("把项目声明为 ES 模块，或把文件改成 .mjs", "Declare the package as ESM, or rename the file to .mjs"),
      steps: [
        t("在最近的 package.json 里加上 \"type\": \"module\"，此后 .js 都按 ES 模块加载（仍需 CommonJS 的文件改名为 .cjs）。", "Add \"type\": \"module\" to the nearest package.json; every .js file then loads as an ES module (rename files that must stay CommonJS to .cjs)."),
        t("只想改一个文件时，把它改名为 .mjs。", "To change a single file only, rename it to .mjs."),
      ],
      code: () => block("bash", ["npm pkg set type=module"]),
    },
    {
      title: t("或者继续用 CommonJS 写法", "Or keep CommonJS syntax"),
      steps: [t("把 import x from \"y\" 改成 const x = require(\"y\")；TypeScript 项目把 tsconfig 的 module 设为 commonjs 再编译。", "Replace import x from \"y\" with const x = require(\"y\"); in TypeScript, compile with \"module\": \"commonjs\".")],
    },
    {
      title: t("测试里出现时，让运行器转译这个依赖", "When it happens in tests, have the runner transform that dependency"),
      steps: [t("Jest 默认不转译 node_modules；用 transformIgnorePatterns 放行这个包，或改用原生支持 ESM 的 Vitest。", "Jest does not transform node_modules by default; allow that package through transformIgnorePatterns, or use Vitest, which supports ESM natively.")],
    },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/packages.md", "https://github.com/handsontable/hyperformula/issues/1344"],
  samples: [
    {
      text: "(node:328) Warning: To load an ES module, set \"type\": \"module\" in the package.json or use the .mjs extension.\n(Use `node --trace-warnings ...` to show where the warning was created)\n/workspaces/sandbox/node_modules/hyperformula/es/i18n/languages/frFR.js:417\nexport default dictionary;\n^^^^^^\nSyntaxError: Unexpected token 'export'",
      source: "https://github.com/handsontable/hyperformula/issues/1344",
    },
  ],
});
