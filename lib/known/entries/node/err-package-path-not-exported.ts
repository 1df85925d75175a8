import { block, defineKnownError, ic, shq, t } from "../../define";

/** The package whose package.json refused the subpath, from `…/node_modules/<pkg>/package.json`. */
const packageOf = (path: string | undefined): string | null => {
  if (!path) return null;
  const all = [...path.matchAll(/node_modules[\\/]((?:@[\w.-]{1,100}[\\/])?[\w.-]{1,100})[\\/]package\.json/g)];
  const last = all.at(-1);
  return last ? last[1]!.replace("\\", "/") : null;
};

export default defineKnownError({
  id: "node.err-package-path-not-exported",
  category: "dependency.missing",
  match: [
    /\bERR_PACKAGE_PATH_NOT_EXPORTED\]?:?\s{0,3}(?:Package subpath '(?<sub>[^'\n]{1,200})' is not defined by "exports" in (?<pj>[^\s'"]{1,300})|No "exports" main defined in (?<pjmain>[^\s'"]{1,300}))?/,
    /Package subpath '(?<sub>[^'\n]{1,200})' is not defined by "exports" in (?<pj>[^\s'"]{1,300})/,
  ],
  title: (c) => {
    const pkg = packageOf(c.g.pj ?? c.g.pjmain);
    if (pkg && c.g.sub) return t(`${ic(pkg)} 的 exports 没有导出子路径 ${ic(c.g.sub)}`, `${ic(pkg)} does not export the subpath ${ic(c.g.sub)}`);
    if (pkg) return t(`${ic(pkg)} 的 exports 没有可供 require 的入口`, `${ic(pkg)} has no "exports" entry for this kind of import`);
    return t("包的 exports 字段没有导出所请求的路径", "The package's \"exports\" field does not export the requested path");
  },
  summary: (c) => {
    const pkg = packageOf(c.g.pj ?? c.g.pjmain);
    return t(
      `${pkg ? ic(pkg) : "这个包"} 在 package.json 里用 "exports" 声明了对外入口，Node.js 只允许加载其中列出的路径；代码（常常是另一个依赖）直接加载了内部文件${c.g.sub ? ` ${ic(c.g.sub)}` : ""}，或用 require() 加载一个只为 import 提供入口的包。`,
      `${pkg ? ic(pkg) : "The package"} declares its public entry points with "exports" in package.json, and Node.js only loads paths listed there; the code (often another dependency) reached for an internal file${c.g.sub ? ` ${ic(c.g.sub)}` : ""}, or require()d a package that only exports an import entry.`,
    );
  },
  causes: [
    t("依赖升级后加了（或收紧了）exports，旧代码的深层路径（如 uuid/v4、postcss/lib/tokenize、axios/lib/…）不再允许", "the dependency added or tightened \"exports\" in a new version, so old deep imports (uuid/v4, postcss/lib/tokenize, axios/lib/…) are no longer allowed"),
    t("发起 import 的是另一个较旧的依赖（看堆栈里 node_modules 下的调用者），它还没适配新版本", "the importer is another, older dependency (see the caller under node_modules in the stack) that was not updated for the new version"),
    t("包只提供 ES 模块入口（exports 里只有 import 条件），而代码用的是 require()", "the package only exports an ES module entry (an \"import\" condition only) and the code uses require()"),
  ],
  solutions: [
    {
      title: t("改用包公开的入口", "Import the package's public entry instead"),
      steps: [
        t("如果深层路径在你自己的代码里，改成文档里的公开写法，例如 import { v4 } from \"uuid\" 而不是 uuid/v4。", "If the deep import is in your own code, use the documented public entry, e.g. import { v4 } from \"uuid\" instead of uuid/v4."),
        t("package.json 里 \"exports\" 字段列出了所有允许的路径，可以直接打开查看。", "The package's package.json \"exports\" field lists every allowed path; open it to check."),
      ],
    },
    {
      title: t("升级发起 import 的那个依赖，或把被引用的包降到旧大版本", "Upgrade the dependency that makes the import, or pin the imported package to its older major"),
      steps: [t("用 npm ls 找出是谁依赖了它；升级那个调用者（如 react-scripts、babel 插件）到适配新版本的版本，或者通过 overrides 把被引用的包固定在没有 exports 限制的旧版本。", "Find who depends on it with npm ls; upgrade that caller (react-scripts, a babel plugin…) to a release that supports the new version, or pin the imported package to the old major through overrides.")],
      code: (c) => {
        const pkg = packageOf(c.g.pj ?? c.g.pjmain);
        return pkg ? block("bash", [`npm ls ${shq(pkg)}`, "npm outdated"]) : null;
      },
    },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/errors.md", "https://github.com/nodejs/node/pull/28905"],
  samples: [
    {
      text: "Module build failed (from ./node_modules/babel-loader/lib/index.js):\nError [ERR_PACKAGE_PATH_NOT_EXPORTED]: Package subpath './package' is not defined by \"exports\" in /var/www/app/node_modules/babel-preset-backpack/node_modules/@babel/runtime/package.json\n    at throwExportsNotFound (internal/modules/esm/resolve.js:290:9)\n    at packageExportsResolve (internal/modules/esm/resolve.js:513:3)",
      source: "https://github.com/babel/babel/issues/12178",
    },
    {
      text: "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: Package subpath './2020/CreateDataProperty' is not defined by \"exports\" in ./node_modules/es-abstract/package.json\n    at new NodeError (node:internal/errors:405:5)\n    at exportsNotFound (node:internal/modules/esm/resolve:366:10)\n  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED'\n}",
      source: "https://github.com/ljharb/es-abstract/issues/160",
    },
  ],
});
