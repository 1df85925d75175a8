import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "node.err-unsupported-dir-import",
  category: "dependency.missing",
  match: [/\bERR_UNSUPPORTED_DIR_IMPORT\]?:?\s{0,3}(?:Directory import '(?<dir>[^'\n]{1,300})' is not supported resolving ES modules(?: imported from (?<from>[^\n]{1,300}))?)?/],
  title: (c) => (c.g.dir ? t(`ES 模块不能 import 目录 ${ic(c.g.dir)}`, `An ES module cannot import the directory ${ic(c.g.dir)}`) : t("ES 模块不能 import 一个目录", "An ES module cannot import a directory")),
  summary: t(
    "Node.js 的 ES 模块加载器不会像 require() 那样自动查找目录下的 index.js；import 必须指向具体文件，或者指向一个在 package.json exports 里声明了该子路径的包。",
    "Node.js's ES module loader does not look for index.js inside a directory the way require() does; an import must name a file, or a package subpath declared in that package's \"exports\".",
  ),
  causes: [
    t("代码写了 import './components' 之类的目录导入（TypeScript/打包工具允许，Node.js ESM 不允许）", "the code imports a directory such as './components' (allowed by TypeScript and bundlers, not by Node.js ESM)"),
    t("从某个包深层导入了一个目录（如 'pkg/lib'），而该包没有在 exports 里提供这个子路径", "a package's folder is deep-imported ('pkg/lib') without that subpath in the package's exports"),
  ],
  solutions: [
    {
      title: t("写出目录里的具体文件", "Name the file inside the directory"),
      steps: [t("把 import './dir' 改成 import './dir/index.js'；导入包时使用包文档里的公开入口。", "Change import './dir' to import './dir/index.js'; for packages, use the entry point their documentation gives.")],
    },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/errors.md"],
  samples: [{ text: "Error [ERR_UNSUPPORTED_DIR_IMPORT]: Directory import '/app/dist/utils' is not supported resolving ES modules imported from /app/dist/index.js", source: "https://github.com/nodejs/node/blob/main/doc/api/errors.md" }],
});
