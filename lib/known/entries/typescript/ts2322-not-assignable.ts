import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2322-not-assignable",
  category: "code.type",
  match: [/\bTS2322:\s{0,3}Type '(?<from>[^'\n]{1,200})' is not assignable to type '(?<to>[^'\n]{1,200})'/, /\bTS2322\b/],
  title: (c) => (c.g.from && c.g.to ? t(`类型 ${ic(c.g.from)} 不能赋给 ${ic(c.g.to)}`, `Type ${ic(c.g.from)} is not assignable to ${ic(c.g.to)}`) : t("值的类型与目标类型不兼容（TS2322）", "A value's type is not assignable to the target type (TS2322)")),
  summary: (c) =>
    t(
      `赋值、返回值或 JSX 属性处，右边的类型${c.g.from ? ` ${ic(c.g.from)}` : ""}不满足左边声明的类型${c.g.to ? ` ${ic(c.g.to)}` : ""}。报错下方缩进的几行会逐层说明是哪个属性或哪个联合成员不兼容。`,
      `At an assignment, return or JSX prop, the value's type${c.g.from ? ` ${ic(c.g.from)}` : ""} does not satisfy the declared type${c.g.to ? ` ${ic(c.g.to)}` : ""}. The indented lines under the error say, level by level, which property or union member does not fit.`,
    ),
  causes: [
    t("值可能缺省或为空（可选属性、Array.find、接口返回），而目标类型不接受这些情况", "the value may be missing or empty (optional properties, Array.find, API results) and the target type does not allow it"),
    t("字面量类型被放宽成了 string/number（如把变量传给只接受 'a' | 'b' 的属性）", "a literal type widened to string/number (a variable passed to a prop that accepts only 'a' | 'b')"),
    t("两个同名类型来自不同的包版本或不同的声明，结构不同", "two types with the same name come from different package versions or declarations and differ in shape"),
  ],
  solutions: [
    {
      title: t("先让值在类型上真正满足目标", "Make the value really satisfy the target type"),
      steps: [
        t("读报错下方最后一行，定位到真正不兼容的属性；在使用前做判断（if、??、默认值）缩小类型，而不是直接断言。", "Read the last indented line to find the property that does not fit; narrow the value before use (if, ??, a default) instead of asserting."),
        t("字面量被放宽时，用 as const 或给变量写上联合类型注解。", "When a literal was widened, use as const or annotate the variable with the union type."),
      ],
    },
    {
      title: t("如果声明本身不对，修改类型定义", "If the declaration is wrong, fix the type"),
      steps: [t("目标类型本应接受这个值时（例如属性其实可以为空），修改接口或 props 类型，而不是在调用处用 as 掩盖。", "When the target should accept this value (the property really may be empty, say), change the interface or props type rather than hiding it with as at the call site.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/app.ts(12,7): error TS2322: Type 'string | undefined' is not assignable to type 'string'.\n  Type 'undefined' is not assignable to type 'string'.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
