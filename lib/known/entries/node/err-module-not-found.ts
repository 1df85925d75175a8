import { block, defineKnownError, ic, shq, t } from "../../define";

/** The npm package a bare specifier names (`@scope/name/sub` → `@scope/name`), or null for a path. */
const packageOf = (spec: string | undefined): string | null => {
  if (!spec || /^(?:[./\\]|[A-Za-z]:[\\/]|file:)/.test(spec)) return null;
  const m = /^(@[\w.-]{1,100}\/[\w.-]{1,100}|[\w.-]{1,100})/.exec(spec);
  return m ? m[1]! : null;
};

export default defineKnownError({
  id: "node.err-module-not-found",
  category: "dependency.missing",
  match: [
    /\bERR_MODULE_NOT_FOUND\]?:?\s{0,3}Cannot find (?<kind>module|package) '(?<spec>[^'\n]{1,300})' imported from (?<from>[^\n]{1,300})/,
    /\bERR_MODULE_NOT_FOUND\b/,
  ],
  title: (c) => {
    const pkg = c.g.kind === "package" ? packageOf(c.g.spec) : null;
    if (pkg) return t(`ES 模块找不到包 ${ic(pkg)}`, `ES module import cannot find the package ${ic(pkg)}`);
    if (c.g.spec) return t(`ES 模块找不到要 import 的文件 ${ic(c.g.spec)}`, `ES module import cannot find the file ${ic(c.g.spec)}`);
    return t("ES 模块加载器找不到要 import 的模块", "The ES module loader cannot find an imported module");
  },
  summary: (c) => {
    const pkg = c.g.kind === "package" ? packageOf(c.g.spec) : null;
    if (pkg)
      return t(
        `Node.js 的 ES 模块加载器在 node_modules 里找不到包 ${ic(pkg)}：它没有安装在这个项目（或这个工作区包）里。`,
        `Node.js's ES module loader found no package ${ic(pkg)} in node_modules: it is not installed in this project (or in this workspace package).`,
      );
    return t(
      "Node.js 的 ES 模块加载器（import）解析不到这个文件。与 require() 不同，ES 模块的相对路径必须写全文件名和扩展名（如 ./utils.js），也不会自动查找目录下的 index.js。",
      "Node.js's ES module loader (import) could not resolve this file. Unlike require(), an ES module import of a relative path must spell out the full file name with its extension (./utils.js), and it never looks for index.js in a directory.",
    );
  },
  causes: [
    (c) =>
      c.g.kind === "package"
        ? t("依赖没有安装：没有运行 npm install，或者装在了另一个目录/工作区包里", "the dependency is not installed: npm install was not run, or it was installed in another folder or workspace package")
        : t("相对路径的 import 省略了扩展名（写成了 ./app 而不是 ./app.js）", "a relative import omits the file extension (./app instead of ./app.js)"),
    t("路径或大小写不对：Linux 上文件名区分大小写，Windows/macOS 上能跑的 import 部署后会失败", "the path or its letter case is wrong: file names are case-sensitive on Linux, so an import that works on Windows or macOS fails after deployment"),
    t("被 import 的文件还没生成（例如 dist/ 需要先构建，或 TypeScript 输出的 import 没带 .js）", "the imported file has not been generated yet (dist/ needs a build first, or TypeScript emitted imports without .js)"),
  ],
  solutions: [
    {
      title: (c) => {
        const pkg = c.g.kind === "package" ? packageOf(c.g.spec) : null;
        return pkg ? t(`在项目目录安装 ${ic(pkg)}`, `Install ${ic(pkg)} in the project folder`) : null;
      },
      when: (c) => c.g.kind === "package" && packageOf(c.g.spec) !== null,
      steps: [t("在包含 package.json 的目录里安装它，让它写进 dependencies。", "Install it from the folder that holds package.json so it is recorded in dependencies.")],
      code: (c) => {
        const pkg = packageOf(c.g.spec);
        return pkg ? block("bash", [`npm install ${shq(pkg)}`, `npm ls ${shq(pkg)}`]) : null;
      },
    },
    {
      title: t("给相对 import 写全扩展名", "Write the full file name, extension included"),
      when: (c) => c.g.kind !== "package",
      steps: [
        t("把 import './x' 改成 import './x.js'；目录要写成 './dir/index.js'。TypeScript 项目也写 .js（指编译后的文件）。", "Change import './x' to import './x.js'; a directory becomes './dir/index.js'. TypeScript sources also write .js (the emitted file)."),
        t("确认文件确实存在于报错里的路径，且大小写一致。", "Check that the file exists at the path in the message, with the same letter case."),
      ],
    },
    {
      title: t("或者先构建再运行", "Or build before running"),
      when: (c) => c.g.kind !== "package",
      steps: [t("如果路径指向 dist/ 或 build/，先运行项目的构建脚本，再启动。", "If the path points into dist/ or build/, run the project's build script first, then start it.")],
    },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/errors.md", "https://nodejs.org/api/esm.html#esm_mandatory_file_extensions"],
  samples: [
    {
      text: "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'dotenv' imported from D:\\wechat-bot\\src\\index.js\n    at packageResolve (node:internal/modules/esm/resolve:854:9)\n    at moduleResolve (node:internal/modules/esm/resolve:927:18) {\n  code: 'ERR_MODULE_NOT_FOUND'\n}",
      source: "https://github.com/wangrongding/wechat-bot/issues/230",
    },
    {
      text: "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/workspaces/sandbox/node_modules/hyperformula/es/i18n/languages/frFR' imported from /workspaces/sandbox/index.js\nDid you mean to import hyperformula/es/i18n/languages/frFR.js?",
      source: "https://github.com/handsontable/hyperformula/issues/1344",
    },
  ],
});
