import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "react.hooks-order-changed",
  category: "unknown",
  match: [/Rendered (?:more|fewer) hooks than (?:during the previous render|expected)/, /React has detected a change in the order of Hooks called by (?<comp>[\w$]{1,80})/, /Minified React error #(?:300|310)\b/],
  title: t("两次渲染调用的 Hook 数量或顺序不一致", "Hooks were called in a different number or order between renders"),
  summary: t("React 按调用顺序识别每个 Hook，所以每次渲染必须以相同顺序调用相同数量的 Hook。在条件分支、循环里调用 Hook，或在 Hook 之前提前 return，都会让两次渲染的 Hook 列表不一致。", "React identifies each Hook by call order, so every render must call the same Hooks in the same order. Calling Hooks inside conditions or loops, or returning early before some Hooks run, makes the lists differ between renders."),
  causes: [t("在 if/循环/&& 表达式里调用 Hook", "a Hook is called inside if, a loop or a && expression"), t("在部分 Hook 之前 return（例如加载中时提前返回）", "the component returns before some Hooks run (an early return while loading, for example)")],
  solutions: [{ title: t("把所有 Hook 移到组件顶部、任何提前返回之前", "Move every Hook to the top of the component, before any early return"), steps: [t("先无条件地调用全部 Hook，再根据条件决定渲染内容；需要条件执行的逻辑放进 Hook 内部（如 useEffect 里写 if）。", "Call all Hooks unconditionally first, then decide what to render; put conditional logic inside the Hook (an if inside useEffect).")] }],
  docs: ["https://github.com/facebook/react/blob/main/scripts/error-codes/codes.json", "https://react.dev/link/invalid-hook-call"],
  samples: [{ text: "Uncaught Error: Rendered more hooks than during the previous render.\n    at updateWorkInProgressHook (react-dom.development.js:15688:13)", source: "https://github.com/facebook/react/blob/main/scripts/error-codes/codes.json" }],
});
