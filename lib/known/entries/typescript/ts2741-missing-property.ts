import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2741-missing-property",
  category: "code.type",
  match: [/\bTS2741:\s{0,3}Property '(?<prop>[^'\n]{1,100})' is missing in type '(?<from>[^\n]{1,200}?)' but required in type '(?<to>[^\n]{1,200}?)'/],
  title: (c) => t(`缺少必需属性 ${ic(c.g.prop ?? "")}（${ic(c.g.to ?? "")} 要求它）`, `Missing required property ${ic(c.g.prop ?? "")} (required by ${ic(c.g.to ?? "")})`),
  summary: t("传入或赋值的对象少了目标类型声明为必需的属性。React 中常见于使用组件时漏传了必需的 prop。", "The object being passed or assigned lacks a property that the target type marks as required; in React this is usually a required prop left out when using a component."),
  causes: [t("漏传了必需的属性或 prop", "a required property or prop was not passed"), t("该属性其实可以不传，但类型里没有标记为可选（?）", "the property is really optional but the type does not mark it with ?")],
  solutions: [
    {
      title: t("补上这个属性，或把它改为可选", "Pass the property, or make it optional"),
      steps: [t("在调用处提供该属性；如果业务上允许不传，在类型声明里写成 prop?: 类型，并在使用处处理缺省情况。", "Provide the property at the call site; if it may legitimately be absent, declare it as prop?: type and handle the missing case where it is used.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/App.tsx(12,8): error TS2741: Property 'title' is missing in type '{ onClose: () => void; }' but required in type 'ModalProps'.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
