import { block, defineKnownError, ic, shq, t } from "../../define";

const isTs = (ext: string | undefined) => !!ext && /^\.(?:ts|tsx|mts|cts)$/i.test(ext);

export default defineKnownError({
  id: "node.err-unknown-file-extension",
  category: "unknown",
  match: [/\bERR_UNKNOWN_FILE_EXTENSION\]?:?\s{0,3}(?:Unknown file extension "(?<ext>\.[\w]{1,10})" for (?<file>[^\s]{1,300}))?/],
  title: (c) =>
    c.g.ext ? t(`Node.js 的 ES 模块加载器不认识 ${ic(c.g.ext)} 文件`, `Node.js's ES module loader does not know ${ic(c.g.ext)} files`) : t("Node.js 不认识要加载的文件扩展名", "Node.js does not know the file extension it was asked to load"),
  summary: (c) =>
    isTs(c.g.ext)
      ? t(
          "这个 .ts 文件是通过 Node.js 的 ES 模块加载器加载的（package.json 里有 \"type\": \"module\"，或入口是 ESM），而 ts-node 的 CommonJS 钩子不处理这条路径，于是 Node.js 自己去读 .ts 并拒绝了这个扩展名。",
          "The .ts file was loaded through Node.js's ES module loader (package.json has \"type\": \"module\", or the entry is ESM), which ts-node's CommonJS hook does not cover, so Node.js read the .ts file itself and rejected the extension.",
        )
      : t(
          "Node.js 只能直接加载 .js/.mjs/.cjs/.json 等已知格式；其他扩展名（如 .jsx、.vue、.css）需要先经过构建工具或加载器转换。",
          "Node.js only loads known formats such as .js, .mjs, .cjs and .json directly; other extensions (.jsx, .vue, .css…) must go through a build tool or a loader first.",
        ),
  causes: [
    (c) =>
      isTs(c.g.ext)
        ? t("项目是 ESM（\"type\": \"module\"），却用 ts-node 或 node 直接运行 .ts", "the project is ESM (\"type\": \"module\") but the .ts file is run with ts-node or plain node")
        : t("代码（或测试运行器）让 Node.js 直接加载了需要编译的源文件", "the code (or a test runner) asked Node.js to load a source file that needs compiling first"),
    (c) => (isTs(c.g.ext) ? t("Node.js 20 改变了加载器钩子的注册方式，ts-node-esm 的旧用法在新版本上不再生效", "Node.js 20 changed how loader hooks are registered, so the old ts-node-esm usage stops working on newer versions") : null),
  ],
  solutions: [
    {
      title: t("用 tsx 运行 TypeScript 文件", "Run the TypeScript file with tsx"),
      when: (c) => isTs(c.g.ext),
      steps: [t("tsx 同时支持 ESM 和 CommonJS 项目，不需要额外配置；把脚本里的 ts-node 换成 tsx。", "tsx handles both ESM and CommonJS projects without extra configuration; replace ts-node with tsx in the script.")],
      code: (c) => (c.g.file ? block("bash", ["npm install --save-dev tsx", `npx tsx ${shq(c.g.file)}`]) : block("bash", ["npm install --save-dev tsx"])),
    },
    {
      title: t("或者用 Node.js 自带的类型剥离", "Or use Node.js's built-in type stripping"),
      when: (c) => isTs(c.g.ext),
      steps: [t("Node.js 22.6 起可以用 --experimental-strip-types 直接运行只含可擦除类型语法的 .ts 文件（enum 等需要转换的语法不支持）。", "From Node.js 22.6, --experimental-strip-types runs .ts files whose type syntax can simply be erased (syntax that needs transforming, such as enum, is not supported).")],
    },
    {
      title: t("或者先编译再运行", "Or compile first, then run the output"),
      steps: [t("用 tsc 或打包工具把源码编译到 dist/，再用 node 运行编译后的 .js。", "Compile the sources to dist/ with tsc or a bundler, then run the emitted .js with node.")],
    },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/errors.md", "https://github.com/TypeStrong/ts-node/issues/1062"],
  samples: [
    {
      text: "TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension \".ts\" for /home/user/project/index.ts\n    at Loader.defaultGetFormat [as _getFormat] (internal/modules/esm/get_format.js:65:15)\n    at Loader.getFormat (internal/modules/esm/loader.js:113:42)",
      source: "https://github.com/TypeStrong/ts-node/issues/1062",
    },
    {
      text: "10:02:21 TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension \".ts\" for /tmp/frontend/cypress.config.ts\n10:02:21     at new NodeError (node:internal/errors:405:5)\n10:02:21     at Object.getFileProtocolModuleFormat [as file:] (node:internal/modules/esm/get_format:79:11)",
      source: "https://github.com/RedHatInsights/tower-analytics-frontend/pull/1001",
    },
  ],
});
