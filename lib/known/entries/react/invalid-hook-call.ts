import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "react.invalid-hook-call",
  category: "unknown",
  match: ["Invalid hook call. Hooks can only be called inside of the body of a function component", /Minified React error #321\b/],
  title: t("Hook 调用无效：不在组件体内，或页面里有两份 React", "Invalid hook call: outside a component body, or two copies of React"),
  summary: t(
    "React 只能在函数组件（或自定义 Hook）的函数体顶层调用 Hook。报错给出三种原因：react 与 react-dom 版本不匹配、违反 Hook 规则、同一个应用里加载了不止一份 React。",
    "React only allows Hooks at the top level of a function component (or a custom Hook). The message lists three causes: mismatched react and react-dom versions, breaking the Rules of Hooks, or more than one copy of React in the app.",
  ),
  causes: [
    t("应用里有两份 React：本地 npm link 的组件库自带了 node_modules/react，或 monorepo 中不同包解析到了不同的 react", "two copies of React: a component library linked with npm link brings its own node_modules/react, or packages in a monorepo resolve different react copies"),
    t("在普通函数、类组件、事件处理函数、条件或循环里调用了 Hook", "a Hook is called from a plain function, a class component, an event handler, a condition or a loop"),
    t("react 与 react-dom（或 react-native 渲染器）的版本不一致", "react and react-dom (or the React Native renderer) versions do not match"),
  ],
  solutions: [
    {
      title: t("检查是否有多份 React", "Check for duplicate React copies"),
      steps: [
        t("npm ls react 应该只列出一个版本；如果组件库通过 npm link 引入，让它使用宿主应用的 react（把 react 设为库的 peerDependency，或在打包配置里把 react 别名到应用的那一份）。", "npm ls react should list a single version; if the library comes in through npm link, make it use the app's react (declare react as a peerDependency of the library, or alias react to the app's copy in the bundler)."),
      ],
      code: () => block("bash", ["npm ls react react-dom"]),
    },
    {
      title: t("只在组件或自定义 Hook 的顶层调用 Hook", "Call Hooks only at the top level of components or custom Hooks"),
      steps: [t("把 Hook 调用移出条件、循环、事件处理函数和普通工具函数；需要复用的逻辑写成以 use 开头的自定义 Hook。", "Move Hook calls out of conditions, loops, event handlers and plain helpers; put reusable logic in a custom Hook whose name starts with use.")],
    },
  ],
  docs: ["https://react.dev/link/invalid-hook-call", "https://reactjs.org/warnings/invalid-hook-call-warning.html#duplicate-react"],
  samples: [
    {
      text: "×\nError: Invalid hook call. Hooks can only be called inside of the body of a function component. This could happen for one of the following reasons:\n1. You might have mismatching versions of React and the renderer (such as React DOM)\n2. You might be breaking the Rules of Hooks\n3. You might have more than one copy of React in the same app\nSee https://reactjs.org/link/invalid-hook-call for tips about how to debug and fix this problem.",
      source: "https://github.com/TheLeanProgrammer/portfolio/issues/41",
    },
  ],
});
