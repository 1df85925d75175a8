import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "react.maximum-update-depth",
  category: "unknown",
  match: ["Maximum update depth exceeded", /Minified React error #185\b/],
  title: t("状态更新形成了无限循环（超过最大更新深度）", "State updates form an endless loop (maximum update depth exceeded)"),
  summary: t("组件在提交后反复触发新的更新：useEffect 每次运行都 setState 且依赖数组包含会随之变化的值，或 componentDidUpdate 里无条件 setState。React 在嵌套更新次数超过上限时中止。", "The component keeps scheduling new updates after each commit: a useEffect that sets state every run while its dependencies include the value it changes, or an unconditional setState in componentDidUpdate. React stops once nested updates pass a limit."),
  causes: [t("useEffect 里 setState，而依赖数组里有这个 state，或有每次渲染都新建的对象/数组/函数", "useEffect sets state while its dependencies include that state, or an object/array/function recreated every render"), t("componentDidUpdate 中无条件调用 setState", "setState is called unconditionally in componentDidUpdate"), t("事件属性里直接调用了 setState（写成了 onClick={setX(…)}）", "an event prop calls setState directly (onClick={setX(…)})")],
  solutions: [{ title: t("让更新有终止条件，并稳定依赖", "Give updates a stop condition and stabilise dependencies"), steps: [t("只在值真正变化时 setState（先比较）；把每次渲染都新建的对象/函数用 useMemo/useCallback 稳定下来，或移出组件；能由 props 计算的值不要放进 state。", "Set state only when the value really changes (compare first); stabilise objects/functions recreated on every render with useMemo/useCallback or move them out of the component; do not store values that can be computed from props.")] }],
  docs: ["https://github.com/facebook/react/blob/main/scripts/error-codes/codes.json", "https://github.com/reactjs/react.dev/blob/main/src/content/reference/react/useEffect.md"],
  samples: [{ text: "Uncaught Error: Maximum update depth exceeded. This can happen when a component repeatedly calls setState inside componentWillUpdate or componentDidUpdate. React limits the number of nested updates to prevent infinite loops.", source: "https://github.com/facebook/react/blob/main/scripts/error-codes/codes.json" }],
});
