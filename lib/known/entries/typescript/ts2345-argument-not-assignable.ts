import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2345-argument-not-assignable",
  category: "code.type",
  match: [/\bTS2345:\s{0,3}Argument of type '(?<from>[^'\n]{1,200})' is not assignable to parameter of type '(?<to>[^'\n]{1,200})'/, /Argument of type '(?<from>[^'\n]{1,200})' is not assignable to parameter of type '(?<to>[^'\n]{1,200})'/],
  title: (c) => t(`实参类型 ${ic(c.g.from ?? "")} 不符合形参类型 ${ic(c.g.to ?? "")}`, `An argument of type ${ic(c.g.from ?? "")} does not fit the parameter type ${ic(c.g.to ?? "")}`),
  summary: t(
    "调用函数时传入的值的类型不满足该参数声明的类型。常见于把可能为空的值直接传进去、传了对象但少了必需属性，或者库升级后参数类型变了。",
    "A value passed to a function does not satisfy the type its parameter declares. Typical cases: passing a value that may be empty, an object missing a required property, or a library whose parameter types changed in an upgrade.",
  ),
  causes: [
    t("实参可能为空或缺省（联合类型里带着空值），而形参不接受", "the argument may be empty or missing (its union includes an empty value) and the parameter does not accept it"),
    t("对象实参缺少属性或多了字面量检查不允许的属性", "an object argument lacks a property, or has one that excess-property checking rejects"),
    t("依赖升级后函数签名改变（查看该库的变更日志）", "the function's signature changed in a dependency upgrade (check the library's changelog)"),
  ],
  solutions: [
    {
      title: t("在调用前收窄实参的类型", "Narrow the argument before the call"),
      steps: [t("用条件判断、默认值（??）或提前返回去掉不被接受的情况；对象实参按报错下方的缩进行补齐或去掉属性。", "Remove the unaccepted cases with a check, a default (??) or an early return; for object arguments, add or drop the properties named in the indented lines.")],
    },
    {
      title: t("确认签名是否随版本改变", "Check whether the signature changed with a version"),
      steps: [t("跳转到函数的类型定义（IDE 里 Go to Definition），对照当前安装版本的文档调整调用方式。", "Jump to the function's type definition (Go to Definition) and adapt the call to the installed version's documentation.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/index.ts(8,13): error TS2345: Argument of type 'string | null' is not assignable to parameter of type 'string'.\n  Type 'null' is not assignable to type 'string'.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
