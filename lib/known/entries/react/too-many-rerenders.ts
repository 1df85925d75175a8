import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "react.too-many-rerenders",
  category: "unknown",
  match: ["Too many re-renders. React limits the number of renders to prevent an infinite loop", /Minified React error #301\b/],
  title: t("渲染过程中无条件地调用了 setState，造成无限重渲染", "State is set unconditionally during render, looping forever"),
  summary: t(
    "组件在渲染时（而不是在事件或 Effect 里）调用了 setState，新的 state 又触发渲染，渲染又调用 setState……React 在达到上限后中止。最常见的是把事件处理函数写成了调用：onClick={handleClick()}。",
    "The component calls setState while rendering (not in an event or an Effect); the new state triggers another render, which sets state again… React stops after a limit. The most common form is an event handler written as a call: onClick={handleClick()}.",
  ),
  causes: [
    t("事件属性里写成了函数调用：onClick={setCount(count + 1)} 或 onClick={handleClick()}", "an event prop holds a call instead of a function: onClick={setCount(count + 1)} or onClick={handleClick()}"),
    t("在组件函数体里直接调用会 setState 的函数（应放在 useEffect 或事件处理里）", "a function that sets state is called directly in the component body (it belongs in useEffect or an event handler)"),
    t("setTimeout(setX(…), 1000) 这类写法在渲染时就执行了 setX", "code such as setTimeout(setX(…), 1000) runs setX during render"),
  ],
  solutions: [
    {
      title: t("传入函数，而不是调用函数", "Pass a function, not its result"),
      steps: [t("把 onClick={handleClick()} 改为 onClick={handleClick}，需要参数时写成 onClick={() => handleClick(id)}；根据 props 计算出的值直接在渲染时计算，不要存进 state。", "Change onClick={handleClick()} to onClick={handleClick}, and use onClick={() => handleClick(id)} when it needs an argument; compute values derived from props during render instead of storing them in state.")],
      code: () => block("tsx", ["import { useState } from \"react\";", "", "export function Counter() {", "  const [count, setCount] = useState(0);", "  return <button onClick={() => setCount(count + 1)}>{count}</button>;", "}"]),
    },
  ],
  docs: ["https://github.com/reactjs/react.dev/blob/main/src/content/reference/react/useState.md", "https://github.com/facebook/react/blob/main/scripts/error-codes/codes.json"],
  samples: [{ text: "Unhandled Runtime Error\nError: Too many re-renders. React limits the number of renders to prevent an infinite loop.", source: "https://github.com/JWebCoder/react-multi-lang/issues/13" }],
});
