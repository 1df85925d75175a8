import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "nextjs.sync-dynamic-apis",
  category: "code.type",
  match: [/Route "(?<route>[^"\n]{1,200})" used `(?<expr>[^`\n]{1,100})`\. `(?<api>params|searchParams|cookies\(\)|headers\(\)|draftMode\(\))` should be awaited before using its (?:properties|value)/],
  title: (c) => t(`路由 ${ic(c.g.route ?? "")} 同步读取了 ${ic(c.g.expr ?? "")}，而 ${ic(c.g.api ?? "")} 需要先 await`, `Route ${ic(c.g.route ?? "")} read ${ic(c.g.expr ?? "")} synchronously; ${ic(c.g.api ?? "")} must be awaited first`),
  summary: t(
    "Next.js 15 起，params、searchParams 以及 cookies()、headers()、draftMode() 都变成了异步 API（返回 Promise）。直接访问它们的属性在当前版本只会警告，将来的版本会失效。",
    "Since Next.js 15, params, searchParams, cookies(), headers() and draftMode() are asynchronous (they return Promises). Reading their properties directly only warns in this version and will stop working in a future one.",
  ),
  causes: [t("代码按 Next.js 14 的写法同步使用这些 API（升级到 15 后没有迁移）", "the code uses these APIs synchronously, Next.js 14 style, and was not migrated in the upgrade to 15")],
  solutions: [
    {
      title: t("先 await 再使用（服务端组件、路由处理函数）", "Await it before use (Server Components, route handlers)"),
      steps: [t("把组件改为 async，并 await params 后再解构；客户端组件里用 React.use(params) 解包。官方 codemod 可以批量修改：npx @next/codemod@canary next-async-request-api .", "Make the component async and await params before destructuring; in a Client Component unwrap it with React.use(params). The official codemod handles many cases: npx @next/codemod@canary next-async-request-api .")],
      code: () =>
        block("tsx", [
          "export default async function Page({ params }: { params: Promise<{ id: string }> }) {",
          "  const { id } = await params;",
          "  return <p>ID: {id}</p>;",
          "}",
        ]),
    },
  ],
  docs: ["https://github.com/vercel/next.js/blob/canary/errors/sync-dynamic-apis.mdx"],
  samples: [{ text: "Error: Route \"/[id]\" used `params.id`. `params` should be awaited before using its properties. Learn more: https://nextjs.org/docs/messages/sync-dynamic-apis", source: "https://github.com/vercel/next.js/blob/canary/errors/sync-dynamic-apis.mdx" }],
});
