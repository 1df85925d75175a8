import { block, defineKnownError, ic, t } from "../../define";

/** The package's name from a path inside node_modules (scoped names keep their scope). */
const packageOf = (path: string | undefined): string | null => {
  const m = path ? /node_modules[\\/]((?:@[\w.-]{1,100}[\\/])?[\w.-]{1,100})/.exec(path) : null;
  return m ? m[1]!.replace("\\", "/") : null;
};

export default defineKnownError({
  id: "node.err-require-esm",
  category: "unknown",
  match: [/\bERR_REQUIRE_ESM\b[^\n]{0,40}(?:require\(\) of ES Module (?<module>[^\s]{1,300}))?/],
  title: (c) => {
    const pkg = packageOf(c.g.module);
    return pkg ? t(`用 require() 加载了纯 ESM 包 ${ic(pkg)}`, `require() of the ES-module-only package ${ic(pkg)}`) : t("用 require() 加载了 ES 模块", "require() of an ES module");
  },
  summary: (c) => {
    const pkg = packageOf(c.g.module);
    const what = pkg ? ic(pkg) : null;
    return t(
      `CommonJS 代码用 require() 加载了一个只提供 ES 模块的包${what ? `（${what}）` : ""}。Node.js 22.12 之前的版本不允许 require() 加载 ES 模块，于是抛出 ERR_REQUIRE_ESM；许多包在新的大版本里改成了纯 ESM。`,
      `CommonJS code called require() on a package that ships only ES modules${what ? ` (${what})` : ""}. Node.js before 22.12 cannot require() an ES module and throws ERR_REQUIRE_ESM; many packages became ESM-only in a new major version.`,
    );
  },
  causes: [
    t("依赖升级到了纯 ESM 的新大版本，而调用它的代码仍是 CommonJS（require）", "a dependency moved to an ESM-only major version while the code calling it is still CommonJS (require)"),
    t("Node.js 版本低于 22.12：更新的 Node.js 可以 require() 不含顶层 await 的同步 ES 模块", "Node.js older than 22.12: newer Node.js can require() synchronous ES modules (no top-level await)"),
  ],
  solutions: [
    {
      title: t("改用动态 import()", "Load it with a dynamic import()"),
      steps: [t("在 CommonJS 文件里，把 require() 换成 await import()，它在所有 CommonJS 模块里都可用。", "In the CommonJS file, replace require() with await import(), which every CommonJS module can use.")],
      code: (c) => {
        const pkg = packageOf(c.g.module);
        if (!pkg) return null;
        const name = pkg.replace(/^@[\w.-]+\//, "").replace(/[^A-Za-z0-9_$]/g, "_").replace(/^(\d)/, "_$1");
        return block("javascript", [
          `async function main() {`,
          `  const { default: ${name} } = await import(${JSON.stringify(pkg)});`,
          `  console.log(typeof ${name});`,
          `}`,
          `main();`,
        ]);
      },
    },
    {
      title: (c) => {
        const pkg = packageOf(c.g.module);
        return pkg ? t(`或者固定 ${ic(pkg)} 的最后一个 CommonJS 大版本`, `Or pin the last CommonJS major of ${ic(pkg)}`) : null;
      },
      steps: [t("查看该包的 Release Notes，找到改为纯 ESM 之前的大版本，在 package.json 里固定它。", "Check the package's release notes for the last major before it became ESM-only and pin that version in package.json.")],
    },
    {
      title: t("或者升级 Node.js 到 22.12 及以上", "Or upgrade Node.js to 22.12 or later"),
      steps: [t("新版 Node.js 的 require() 能加载同步 ES 模块；只有包含顶层 await 的模块仍会报 ERR_REQUIRE_ASYNC_MODULE。", "Newer Node.js can require() synchronous ES modules; only a module with top-level await still fails, with ERR_REQUIRE_ASYNC_MODULE.")],
    },
  ],
  docs: ["https://nodejs.org/api/errors.html#err_require_esm", "https://nodejs.org/api/modules.html#loading-ecmascript-modules-using-require"],
  samples: [
    {
      text: "Error [ERR_REQUIRE_ESM]: require() of ES Module /home/node_modules/supports-color/index.js from /home/node_modules/debug/src/node.js not supported.\nInstead change the require of index.js in /home/node_modules/debug/src/node.js to a dynamic import() which is available in all CommonJS modules.\n    at Object.<anonymous> (/home/node_modules/debug/src/node.js:32:24) {\n  code: 'ERR_REQUIRE_ESM'\n}",
      source: "https://github.com/debug-js/debug/issues/912",
    },
  ],
});
