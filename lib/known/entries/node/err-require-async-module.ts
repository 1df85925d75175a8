import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "node.err-require-async-module",
  category: "unknown",
  match: [/\bERR_REQUIRE_ASYNC_MODULE\b/],
  title: t("require() 加载的 ES 模块里有顶层 await", "require() loaded an ES module that uses top-level await"),
  summary: t(
    "新版 Node.js 的 require() 可以同步加载 ES 模块，但前提是模块图里没有顶层 await；这个模块（或它导入的模块）是异步的，只能用 import() 加载。",
    "Newer Node.js can require() ES modules synchronously, but only when the module graph has no top-level await; this module (or something it imports) is asynchronous, so it can only be loaded with import().",
  ),
  causes: [t("被 require 的 ES 模块或其依赖使用了顶层 await", "the required ES module or one of its imports uses top-level await")],
  solutions: [
    {
      title: t("改用动态 import()", "Load it with a dynamic import()"),
      steps: [t("在 CommonJS 代码里用 await import(\"模块名\") 代替 require；想知道顶层 await 在哪，可以加 --experimental-print-required-tla 运行。", "In CommonJS code, replace require with await import(\"module\"); run with --experimental-print-required-tla to see where the top-level await is.")],
    },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/errors.md"],
  samples: [{ text: "Error [ERR_REQUIRE_ASYNC_MODULE]: require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.", source: "https://github.com/nodejs/node/blob/main/doc/api/errors.md" }],
});
