import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "nextjs.dynamic-server-usage",
  category: "build.compile",
  match: [/Dynamic server usage: (?:Route )?(?<route>[^\s]{1,200}) couldn't be rendered statically because it used `?(?<api>[\w.]{1,60})`?/, /DynamicServerError: Dynamic server usage/],
  title: (c) => (c.g.route ? t(`路由 ${ic(c.g.route)} 用了 ${ic(c.g.api ?? "")}，无法静态渲染`, `Route ${ic(c.g.route)} used ${ic(c.g.api ?? "")} and cannot be rendered statically`) : t("动态 API 在请求上下文之外被调用（Dynamic server usage）", "A dynamic API ran outside its request context (Dynamic server usage)")),
  summary: t(
    "静态生成页面时，Next.js 用 DynamicServerError 检测 cookies()、headers() 等动态 API 并把页面切换为动态渲染。这个错误没被 Next.js 捕获，通常是因为调用脱离了渲染的调用栈（在 setTimeout、未 await 的 Promise 里），或者被你自己的 try/catch 吞掉又重新抛出。",
    "While generating static pages, Next.js uses DynamicServerError to detect dynamic APIs such as cookies() and headers() and switch the page to dynamic rendering. Here the error escaped, usually because the call left the render's call stack (inside setTimeout or an un-awaited Promise), or your own try/catch caught and re-threw it.",
  ),
  causes: [
    t("在 setTimeout/setInterval 或未 await 的 Promise 里调用了 cookies()/headers()", "cookies()/headers() is called inside setTimeout/setInterval or an un-awaited Promise"),
    t("用 try/catch 包住了动态 API 调用，把 Next.js 用来切换渲染模式的内部错误当成普通错误处理", "a try/catch around the dynamic API call treats Next.js's internal signal as an ordinary error"),
  ],
  solutions: [
    {
      title: t("在渲染调用栈里直接调用动态 API", "Call the dynamic API directly in the render call stack"),
      steps: [t("先在组件或函数体里 await cookies()/headers() 拿到值，再把值传进定时器或异步回调；确保相关 Promise 都被 await。", "Read cookies()/headers() in the component or function body first, then pass the values into timers or async callbacks; make sure those Promises are awaited.")],
    },
    {
      title: t("确实需要按请求渲染时，显式声明", "When the page really is per-request, say so"),
      steps: [t("在路由段配置里写 export const dynamic = \"force-dynamic\"，不要用 try/catch 吞掉 Next.js 的内部错误。", "Set export const dynamic = \"force-dynamic\" in the route segment config, and do not swallow Next.js's internal errors with try/catch.")],
    },
  ],
  docs: ["https://github.com/vercel/next.js/blob/canary/errors/dynamic-server-error.mdx"],
  samples: [{ text: "Error: Dynamic server usage: Route /dashboard couldn't be rendered statically because it used `cookies`. See more info here: https://nextjs.org/docs/messages/dynamic-server-error", source: "https://github.com/vercel/next.js/blob/canary/errors/dynamic-server-error.mdx" }],
});
