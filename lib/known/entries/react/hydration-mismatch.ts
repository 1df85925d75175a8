import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "react.hydration-mismatch",
  category: "unknown",
  match: [
    /Hydration failed because the (?:initial UI does not match what was rendered on the server|server rendered (?:HTML|text) didn't match the client)/,
    "Text content does not match server-rendered HTML",
    /(?:Minified React error #|error-decoder\.html\/?\?invariant=)(?<code>418|423|425)\b/,
  ],
  title: t("服务端渲染的 HTML 与客户端首次渲染不一致（水合失败）", "Server-rendered HTML differs from the first client render (hydration failed)"),
  summary: t(
    "水合时 React 要求客户端第一次渲染的结果与服务端生成的 HTML 完全一致。组件在两端渲染出不同内容（依赖 window、当前时间、随机数、浏览器语言），或 HTML 嵌套不合法被浏览器自动修正，或浏览器扩展改动了 DOM，都会导致不一致，React 只好在客户端重新渲染这棵树。",
    "During hydration React requires the first client render to match the server HTML exactly. A component that renders differently on each side (reading window, the current time, random numbers, the browser locale), invalid HTML nesting that the browser repairs, or a browser extension editing the DOM all cause a mismatch, and React re-renders that tree on the client.",
  ),
  causes: [
    t("渲染时读取了只在浏览器存在或每次都不同的值：typeof window 分支、Date.now()、Math.random()、localStorage", "render reads values that exist only in the browser or differ every time: typeof window branches, Date.now(), Math.random(), localStorage"),
    t("日期/数字按用户本地时区或语言格式化，与服务器不同", "dates or numbers are formatted in the user's time zone or locale, unlike the server"),
    t("HTML 嵌套不合法（<p> 里放 <div>、<a> 里嵌 <a>），浏览器解析时改写了结构", "invalid HTML nesting (a <div> inside <p>, <a> inside <a>) that the browser rewrites while parsing"),
    t("浏览器扩展（翻译、密码管理器、广告拦截）在 React 加载前改动了页面", "a browser extension (translation, password manager, ad blocker) edited the page before React loaded"),
  ],
  solutions: [
    {
      title: t("让首次渲染在两端一致，客户端专属内容放进 useEffect", "Make the first render identical on both sides; move client-only content into useEffect"),
      steps: [
        t("客户端才有的值先用固定初始值渲染，在 useEffect 里再更新 state；或者把该组件改为只在客户端渲染（Next.js 用 dynamic(..., { ssr: false })）。", "Render a fixed initial value first and update state in useEffect for client-only values; or render that component on the client only (dynamic(..., { ssr: false }) in Next.js)."),
        t("修正不合法的 HTML 嵌套；时间等确实会不同的文本可加 suppressHydrationWarning。", "Fix invalid HTML nesting; for text that legitimately differs, such as a timestamp, add suppressHydrationWarning."),
      ],
    },
    {
      title: t("用无痕窗口排除浏览器扩展", "Rule out browser extensions in a private window"),
      steps: [t("在禁用扩展的无痕窗口里打开页面；如果错误消失，就是扩展改动了 DOM。", "Open the page in a private window with extensions off; if the error disappears, an extension edited the DOM.")],
    },
  ],
  docs: ["https://nextjs.org/docs/messages/react-hydration-error", "https://github.com/facebook/react/blob/main/scripts/error-codes/codes.json"],
  samples: [
    { text: "errorBoundaries.js:71 Error: Hydration failed because the initial UI does not match what was rendered on the server.\n    at throwOnHydrationMismatch (react-dom.development.js:12507:9)\n    at tryToClaimNextHydratableInstance (react-dom.development.js:12535:7)", source: "https://github.com/remix-run/remix/issues/9050" },
    { text: "I noticed this error in the console log of the hosted build.\nhttps://reactjs.org/docs/error-decoder.html/?invariant=418", source: "https://github.com/kentcdodds/kentcdodds.com/issues/352" },
  ],
});
