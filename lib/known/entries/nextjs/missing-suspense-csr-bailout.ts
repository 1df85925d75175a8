import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "nextjs.missing-suspense-csr-bailout",
  category: "build.compile",
  match: [/(?<api>useSearchParams\(\)|usePathname\(\)|useParams\(\)) should be wrapped in a suspense boundary at page "(?<page>[^"\n]{1,200})"/, "missing-suspense-with-csr-bailout"],
  title: (c) => t(`页面 ${ic(c.g.page ?? "")} 里的 ${ic(c.g.api ?? "useSearchParams()")} 没有包在 Suspense 里`, `${ic(c.g.api ?? "useSearchParams()")} on page ${ic(c.g.page ?? "")} is not inside a Suspense boundary`),
  summary: t(
    "useSearchParams() 这类方法会让 Next.js 改为在客户端渲染。没有 Suspense 边界时，整个页面都会退化为客户端渲染，所以 next build 在预渲染时报错；包上 Suspense 后只有边界内的组件在客户端渲染。",
    "Methods like useSearchParams() opt Next.js into client-side rendering. Without a Suspense boundary the whole page would fall back to client rendering, so next build fails during prerendering; with a boundary only the component inside it renders on the client.",
  ),
  causes: [t("调用 useSearchParams() 的客户端组件被静态页面直接渲染，外面没有 <Suspense>", "a client component that calls useSearchParams() is rendered by a static page with no <Suspense> around it")],
  solutions: [
    {
      title: t("用 <Suspense> 包住使用它的组件", "Wrap the component that uses it in <Suspense>"),
      steps: [t("在页面里把读取查询参数的组件放进 <Suspense fallback={…}>，页面其余部分仍可静态渲染。", "In the page, put the component that reads the search params inside <Suspense fallback={…}>; the rest of the page can stay static.")],
      code: () =>
        block("tsx", [
          'import { Suspense, type ReactNode } from "react";',
          "",
          "// Wrap the component that calls useSearchParams(): <SearchParamsBoundary><YourSearchBar /></SearchParamsBoundary>",
          "export function SearchParamsBoundary({ children }: { children: ReactNode }) {",
          "  return <Suspense fallback={<p>Loading…</p>}>{children}</Suspense>;",
          "}",
        ]),
    },
  ],
  docs: ["https://github.com/vercel/next.js/blob/canary/errors/missing-suspense-with-csr-bailout.mdx"],
  samples: [{ text: " ⨯ useSearchParams() should be wrapped in a suspense boundary at page \"/search\". Read more: https://nextjs.org/docs/messages/missing-suspense-with-csr-bailout\n\nError occurred prerendering page \"/search\".", source: "https://github.com/vercel/next.js/blob/canary/errors/missing-suspense-with-csr-bailout.mdx" }],
});
