import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2739-missing-properties",
  category: "code.type",
  match: [/\bTS(?:2739|2740):\s{0,3}Type '(?<from>[^\n]{1,200}?)' is missing the following properties from type '(?<to>[^\n]{1,200}?)': (?<props>[^\n]{1,200})/],
  title: (c) => t(`缺少 ${ic(c.g.to ?? "")} 要求的属性：${ic(c.g.props ?? "")}`, `Missing properties required by ${ic(c.g.to ?? "")}: ${ic(c.g.props ?? "")}`),
  summary: t("赋值或传参的对象少了目标类型要求的多个属性。常见于用空对象 {} 或部分对象初始化、把一种对象当作另一种传入（例如把 Response 当成解析后的数据），或 React 组件漏传了多个必需的 props。", "The object being assigned or passed lacks several properties the target type requires. Common cases: initialising with {} or a partial object, passing one kind of object as another (a Response instead of the parsed data), or a React component missing several required props."),
  causes: [t("用空对象或部分对象初始化了一个完整类型的变量", "a variable of a complete type is initialised with {} or a partial object"), t("传入的是另一种对象（如未解析的响应、错误的组件 props）", "a different kind of object is passed (an unparsed response, the wrong component props)")],
  solutions: [{ title: t("补齐属性，或如实声明为部分类型", "Supply the properties, or declare the type honestly as partial"), steps: [t("提供缺失的属性；如果对象确实是逐步填充的，把类型声明为 Partial<T> 并在使用前校验；传错对象时改为传入正确的数据（如 await res.json() 的结果）。", "Provide the missing properties; if the object is filled in gradually, type it Partial<T> and validate before use; if the wrong object is passed, pass the right data (the result of await res.json(), for example).")] }],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/pages/profile.tsx(14,9): error TS2739: Type '{}' is missing the following properties from type 'User': id, name, email", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
