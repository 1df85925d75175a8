import { block, defineKnownError, ic, t } from "../../define";

const typesOf = (pkg: string) => (pkg.startsWith("@") ? `@types/${pkg.slice(1).replace("/", "__")}` : `@types/${pkg}`);
const isPackage = (spec: string | undefined) => !!spec && /^(?:@[\w.-]{1,100}\/)?[\w.-]{1,100}$/.test(spec) && !spec.startsWith(".");

export default defineKnownError({
  id: "typescript.ts7016-no-declaration-file",
  category: "dependency.missing",
  match: [/Could not find a declaration file for module '(?<spec>[^'\n]{1,200})'\. '(?<file>[^'\n]{1,300})' implicitly has an 'any' type/, /\bTS7016\b/],
  title: (c) => t(`模块 ${ic(c.g.spec ?? "")} 没有类型声明`, `The module ${ic(c.g.spec ?? "")} has no type declarations`),
  summary: (c) =>
    t(
      `TypeScript 找到了 ${c.g.spec ? ic(c.g.spec) : "这个模块"} 的 JavaScript 文件，却找不到对应的 .d.ts；在 noImplicitAny（strict 模式包含它）下，整个模块会是隐式 any，于是报错。`,
      `TypeScript found the JavaScript for ${c.g.spec ? ic(c.g.spec) : "this module"} but no matching .d.ts; under noImplicitAny (part of strict) the whole module would be an implicit any, so it is an error.`,
    ),
  causes: [
    t("包本身不带类型，需要单独安装 DefinitelyTyped 的 @types 包", "the package ships no types of its own; its @types package from DefinitelyTyped must be installed separately"),
    t("包带了类型，但只在 package.json 的 exports 里声明，而当前 moduleResolution（如 node10）读不到 exports", "the package has types, but declares them only through package.json \"exports\", which the current moduleResolution (node10, say) does not read"),
    t("导入的是项目里的 .js/.jsx 文件，而 allowJs 没开或没有对应声明", "the import points at a .js/.jsx file in the project, without allowJs or a declaration"),
  ],
  solutions: [
    {
      title: (c) => (c.g.spec && isPackage(c.g.spec) ? t(`安装 ${ic(typesOf(c.g.spec))}`, `Install ${ic(typesOf(c.g.spec))}`) : t("安装对应的 @types 包", "Install the matching @types package")),
      when: (c) => isPackage(c.g.spec),
      steps: [t("报错信息里通常已经给出要安装的 @types 名字；如果 npm 上没有，就走下一条。", "The message usually names the @types package to try; if npm has none, use the next solution.")],
      code: (c) => (c.g.spec && isPackage(c.g.spec) ? block("bash", [`npm install --save-dev ${typesOf(c.g.spec)}`]) : null),
    },
    {
      title: t("没有现成类型时，自己声明模块", "When no types exist, declare the module yourself"),
      steps: [t("在 src 下新建一个 .d.ts（如 src/types/vendor.d.ts），写 declare module，并确保它在 tsconfig 的 include 范围内；之后可以逐步补充具体类型。", "Create a .d.ts under src (src/types/vendor.d.ts, for example) with a declare module, make sure tsconfig's include covers it, and fill in real types over time.")],
      code: (c) => (c.g.spec && isPackage(c.g.spec) ? block("typescript", [`declare module ${JSON.stringify(c.g.spec)};`]) : null),
    },
    {
      title: t("包有类型却读不到时，调整 moduleResolution", "When the package has types that are not found, change moduleResolution"),
      steps: [t("打包工具项目用 \"moduleResolution\": \"bundler\"，Node.js 项目用 \"node16\" 或 \"nodenext\"，它们会按包的 exports 查找类型。", "Use \"moduleResolution\": \"bundler\" for bundled apps, or \"node16\"/\"nodenext\" for Node.js, which look up types through the package's exports.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [
    {
      text: "error TS7016: Could not find a declaration file for module 'fancy-ansi'. 'node_modules/fancy-ansi/dist/main.cjs' implicitly has an 'any' type.\nTry npm i --save-dev @types/fancy-ansi if it exists or add a new declaration (.d.ts) file containing declare module 'fancy-ansi';",
      source: "https://github.com/kubetail-org/fancy-ansi/issues/20",
    },
    {
      text: "ERROR in services/crypt.service.ts:1:51\nTS7016: Could not find a declaration file for module 'crypto-js'. '/home/yalladealz/Frontend/node_modules/crypto-js/index.js' implicitly has an 'any' type.\n  Try `npm install @types/crypto-js` if it exists or add a new declaration (.d.ts) file containing `declare module 'crypto-js';`",
      source: "https://github.com/DefinitelyTyped/DefinitelyTyped/issues/50640",
    },
  ],
});
