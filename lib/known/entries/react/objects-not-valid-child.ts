import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "react.objects-not-valid-child",
  category: "code.type",
  match: [/Objects are not valid as a React child \(found: (?:object with keys \{(?<keys>[^}\n]{0,200})\}|(?<what>[^)\n]{1,100}))\)/, /Minified React error #31\b/],
  title: (c) => (c.g.keys ? t(`JSX 里直接渲染了一个对象（键：${ic(c.g.keys)}）`, `JSX renders a plain object (keys: ${ic(c.g.keys)})`) : t("JSX 里直接渲染了一个对象", "JSX renders a plain object")),
  summary: (c) =>
    t(
      `React 只能渲染字符串、数字、React 元素和它们的数组；{} 里放了一个普通对象${c.g.keys ? `（它的键是 ${ic(c.g.keys)}，这通常能看出它是什么：错误对象、接口响应、Date…）` : ""}，React 不知道该如何显示它。`,
      `React renders strings, numbers, React elements and arrays of them; a plain object was placed inside {}${c.g.keys ? ` (its keys are ${ic(c.g.keys)}, which usually tells what it is: an error object, an API response, a Date…)` : ""}, and React does not know how to display it.`,
    ),
  causes: [
    t("把整个对象放进了 JSX，而不是它的某个字段（如 {error} 而不是 {error.message}，{response} 而不是 {response.data.name}）", "a whole object was put in JSX instead of one of its fields ({error} instead of {error.message}, {response} instead of {response.data.name})"),
    t("渲染了 Date、Promise 或 async 组件返回的 Promise", "a Date, a Promise, or the Promise an async component returned was rendered"),
    t("把对象当数组渲染：需要先 map 成元素", "an object was rendered as if it were a list: it must be mapped to elements first"),
  ],
  solutions: [
    {
      title: t("只渲染需要显示的字段", "Render only the field you want to show"),
      steps: [
        t("根据报错里的键判断是哪个变量，改成渲染它的字符串字段（如 {error.message}）；列表用 Object.entries(obj).map(...) 或 items.map(...) 生成元素。", "Use the keys in the message to find the variable, and render one of its string fields instead ({error.message}); for a list, produce elements with Object.entries(obj).map(...) or items.map(...)."),
        t("调试时可以临时用 {JSON.stringify(obj)} 看清对象内容。", "While debugging, {JSON.stringify(obj)} shows what the object holds."),
      ],
    },
  ],
  docs: ["https://github.com/facebook/react/blob/main/scripts/error-codes/codes.json", "https://github.com/react/react/issues/9552"],
  samples: [
    { text: "Uncaught Error: Objects are not valid as a React child (found: object with keys {author, title, url, key}). If you meant to render a collection of children, use an array instead or wrap the object using createFragment(object) from the React add-ons. Check the render method of `Index`.", source: "https://github.com/tylermcginnis/re-base/issues/222" },
  ],
});
