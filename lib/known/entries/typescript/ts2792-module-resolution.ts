import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2792-module-resolution",
  category: "dependency.missing",
  match: [/\bTS2792:\s{0,3}Cannot find module '(?<spec>[^'\n]{1,200})'\. Did you mean to set the 'moduleResolution' option/, /Cannot find module '(?<spec>[^'\n]{1,200})'\. Did you mean to set the 'moduleResolution' option to 'nodenext'/],
  title: (c) => t(`按 classic 模块解析找不到 ${ic(c.g.spec ?? "")}`, `Classic module resolution cannot find ${ic(c.g.spec ?? "")}`),
  summary: t(
    "tsconfig 的 module 设成了 es2015/esnext 等值却没有指定 moduleResolution，旧版 TypeScript 于是退回 classic 解析，它根本不查 node_modules，所以任何 npm 包都找不到。",
    "tsconfig sets module to es2015/esnext or similar without a moduleResolution, so older TypeScript falls back to classic resolution, which never looks in node_modules, so no npm package resolves.",
  ),
  causes: [t("tsconfig 没有设置 moduleResolution，而 module 的取值让默认值变成了 classic", "tsconfig sets no moduleResolution, and the module value makes the default classic")],
  solutions: [
    {
      title: t("显式设置 moduleResolution", "Set moduleResolution explicitly"),
      steps: [t("使用打包工具（Vite、webpack、Next.js）时设为 bundler；直接用 Node.js 运行编译结果时，把 module 和 moduleResolution 都设为 nodenext。", "With a bundler (Vite, webpack, Next.js) use bundler; when Node.js runs the output directly, set both module and moduleResolution to nodenext.")],
      code: () => block("json", ["{", '  "compilerOptions": {', '    "module": "esnext",', '    "moduleResolution": "bundler"', "  }", "}"]),
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/stories/Page.stories.ts:1:37 - error TS2792: Cannot find module '@storybook/react'. Did you mean to set the 'moduleResolution' option to 'nodenext', or to add aliases to the 'paths' option?", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
