import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "nextjs.client-hook-in-server-component",
  category: "build.compile",
  match: [
    /You're importing a component that needs (?<api>[\w.]{1,60})\. (?:It|That) only works in a Client Component but none of its parents are marked with "use client"/,
    /(?<api>use[A-Z]\w{1,40}|createContext) only works in Client Components\. Add the "use client" directive/,
  ],
  title: (c) => t(`在服务端组件里使用了只能在客户端运行的 ${ic(c.g.api ?? "")}`, `${ic(c.g.api ?? "")} is used in a Server Component but only works on the client`),
  summary: (c) =>
    t(
      `App Router 里的组件默认是服务端组件，不能使用状态、Effect、浏览器事件等客户端能力。${ic(c.g.api ?? "")} 属于客户端 API，所以使用它的文件（或它导入的第三方组件）必须位于 "use client" 边界之内。`,
      `Components in the App Router are Server Components by default and cannot use state, effects or browser events. ${ic(c.g.api ?? "")} is a client API, so the file that uses it (or the third-party component it imports) must sit inside a "use client" boundary.`,
    ),
  causes: [
    t("使用 Hook 的组件文件顶部没有 'use client'", "the component file that uses the Hook lacks 'use client' at the top"),
    t("从服务端组件导入了一个使用 Hook 但没有声明 'use client' 的第三方组件或 barrel（index.ts 汇总导出）文件", "a Server Component imports a third-party component, or a barrel index.ts, that uses Hooks without declaring 'use client'"),
  ],
  solutions: [
    {
      title: t("在使用 Hook 的文件顶部加上 'use client'（Next.js 文档的修复方法）", "Add 'use client' at the top of the file that uses the Hook (Next.js's documented fix)"),
      steps: [t("只标记需要交互的最小组件，页面和布局可以继续做服务端组件并把数据作为 props 传下去。", "Mark only the smallest interactive component; pages and layouts can stay Server Components and pass data down as props.")],
      code: () => block("tsx", ['"use client";', "", 'import { useState } from "react";', "", "export default function Counter() {", "  const [count, setCount] = useState(0);", "  return <button onClick={() => setCount(count + 1)}>{count}</button>;", "}"]),
    },
    {
      title: t("第三方组件没有 'use client' 时，自己包一层", "When a third-party component lacks 'use client', wrap it"),
      steps: [t("新建一个带 'use client' 的文件，重新导出该组件（export { Widget } from \"lib\"），在服务端组件里改为导入这个包装文件。", "Create a file with 'use client' that re-exports the component (export { Widget } from \"lib\") and import that wrapper from your Server Components.")],
    },
  ],
  docs: ["https://github.com/vercel/next.js/blob/canary/errors/react-client-hook-in-server-component.mdx", "https://nextjs.org/docs/messages/react-client-hook-in-server-component"],
  samples: [
    { text: "ReactServerComponentsError:\n\nYou're importing a component that needs useState. It only works in a Client Component but none of its parents are marked with \"use client\", so they're Server Components by default.", source: "https://github.com/james-langridge/personal-trainer-planner/pull/20" },
  ],
});
