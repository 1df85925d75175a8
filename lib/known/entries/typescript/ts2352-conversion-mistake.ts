import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2352-conversion-mistake",
  category: "code.type",
  match: [/\bTS2352:\s{0,3}Conversion of type '(?<from>[^\n]{1,200}?)' to type '(?<to>[^\n]{1,200}?)' may be a mistake/],
  title: (c) => t(`把 ${ic(c.g.from ?? "")} 断言成 ${ic(c.g.to ?? "")} 可能是错误的`, `Asserting ${ic(c.g.from ?? "")} as ${ic(c.g.to ?? "")} may be a mistake`),
  summary: t("as 类型断言只允许在两个类型有足够重叠时使用；这两个类型互不兼容，TypeScript 怀疑断言写错了。它往往说明数据的真实形状与声明不同。", "An as assertion is only allowed between types that overlap enough; these two do not, so TypeScript suspects a mistake. It often means the data's real shape differs from what is declared."),
  causes: [t("把接口响应或 JSON 直接断言成了不相符的类型", "an API response or JSON value is asserted to a type it does not match"), t("把一个具体类型断言成另一个无关的具体类型（例如事件对象、DOM 元素类型）", "one concrete type is asserted to an unrelated one (event objects, DOM element types)")],
  solutions: [{ title: t("先确认数据形状，再选择正确的收窄方式", "Check the data's shape, then narrow properly"), steps: [t("优先用类型守卫或校验（如 zod）把数据收窄到目标类型；确实有意为之时，报错提示可以先转成 unknown 再断言，但这会跳过检查。", "Prefer a type guard or a validator (zod, for example) to narrow the data; if it really is intended, the message notes you can go through unknown first, at the cost of skipping the check.")] }],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/api.ts(22,16): error TS2352: Conversion of type 'Response' to type 'User' may be a mistake because neither type sufficiently overlaps with the other. If this was intentional, convert the expression to 'unknown' first.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
