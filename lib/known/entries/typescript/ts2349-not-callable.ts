import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2349-not-callable",
  category: "code.type",
  match: [/\bTS2349:\s{0,3}This expression is not callable/],
  title: t("被调用的表达式不是函数类型", "The called expression is not a function type"),
  summary: t("代码把一个值当函数调用，但它的类型没有调用签名。常见于默认导入/命名空间导入用错（import * as x 后调用 x()）、联合类型里有非函数成员，或把属性值误当成方法。", "The code calls a value whose type has no call signature. Common causes: a wrong default/namespace import (calling x() after import * as x), a union that includes non-function members, or a property value mistaken for a method."),
  causes: [t("import * as x from 导入的是命名空间对象，不能直接调用；应使用默认导入（可能需要 esModuleInterop）", "import * as x from gives a namespace object that cannot be called; use a default import (possibly with esModuleInterop)"), t("值的类型是联合类型，其中某些成员不是函数", "the value's type is a union with members that are not functions")],
  solutions: [{ title: t("确认这个值确实是函数，并修正导入或收窄类型", "Make sure the value really is a function; fix the import or narrow the type"), steps: [t("报错下方会说明哪个类型没有调用签名；对命名空间导入改用默认导入，对联合类型先用 typeof x === \"function\" 收窄。", "The indented lines say which type has no call signature; switch a namespace import to a default import, and narrow unions with typeof x === \"function\" first.")] }],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/server.ts(4,13): error TS2349: This expression is not callable.\n  Type 'typeof import(\"express\")' has no call signatures.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
