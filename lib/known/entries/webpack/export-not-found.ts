import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "webpack.export-not-found",
  category: "code.name",
  match: [
    /export '(?<name>[^'\n]{1,100})' \(imported as '[^'\n]{1,100}'\) was not found in '(?<mod>[^'\n]{1,200})'/,
    /Attempted import error: '(?<name>[^'\n]{1,100})' is not exported from '(?<mod>[^'\n]{1,200})'/,
  ],
  title: (c) => t(`${ic(c.g.mod ?? "")} 没有导出 ${ic(c.g.name ?? "")}`, `${ic(c.g.mod ?? "")} does not export ${ic(c.g.name ?? "")}`),
  summary: (c) =>
    c.g.mod === "react"
      ? t("打包工具在 react 里找不到这个导出。在 Next.js App Router 中，服务端组件使用的是不含 useState、useEffect 等客户端 API 的 React 服务端版本，所以在没有 'use client' 的文件里导入它们会得到这个错误。", "The bundler found no such export in react. In the Next.js App Router, Server Components get a server build of React without client APIs such as useState and useEffect, so importing them in a file without 'use client' produces this error.")
      : t("打包工具在被导入的模块里找不到这个命名导出：名字拼错、该版本的包没有这个导出（改名、移除或仅在另一个入口里），或者它是默认导出。", "The bundler found no such named export in the imported module: the name is misspelled, the installed version lacks it (renamed, removed, or only in another entry point), or it is a default export."),
  causes: [
    t("安装的包版本与代码参照的文档版本不同", "the installed package version differs from the one the code follows"),
    t("命名导出与默认导出混用", "named and default exports are mixed up"),
    t("在服务端组件里导入了只在客户端入口提供的 API（如 react 的 Hook）", "a Server Component imports an API that only the client entry provides (React Hooks, for example)"),
  ],
  solutions: [
    { title: t("对照已安装版本的导出修正 import", "Fix the import against the installed version's exports"), steps: [t("查看该包在 node_modules 中的类型声明或文档确认导出名；需要的导出只在新版本中才有时升级该包。", "Check the package's declarations in node_modules or its docs for the export name; upgrade the package if the export only exists in a newer version.")] },
    { title: t("Next.js：使用客户端 API 的文件加上 'use client'", "Next.js: add 'use client' to files that use client APIs"), when: (c) => c.g.mod === "react" || c.g.mod === "react-dom", steps: [t("把使用 Hook 的组件放进带 'use client' 的文件，服务端组件只负责把数据传给它。", "Put the Hook-using component in a 'use client' file and let Server Components pass data to it.")] },
  ],
  docs: ["https://github.com/vercel/ai/issues/1511", "https://github.com/vercel/next.js/blob/canary/errors/react-client-hook-in-server-component.mdx"],
  samples: [{ text: " - warn ./src/components/ui/use-toast.ts\nAttempted import error: 'useState' is not exported from 'react' (imported as 'React').\n\nImport trace for requested module:\n./src/components/ui/use-toast.ts\n./src/lib/utils.ts\n./src/app/layout.tsx", source: "https://github.com/webdevcody/code-racer/issues/399" }],
});
