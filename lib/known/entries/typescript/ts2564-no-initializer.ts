import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2564-no-initializer",
  category: "code.type",
  match: [/\bTS2564:\s{0,3}Property '(?<prop>[^'\n]{1,100})' has no initializer and is not definitely assigned in the constructor/],
  title: (c) => t(`类属性 ${ic(c.g.prop ?? "")} 没有初始化`, `Class property ${ic(c.g.prop ?? "")} is never initialised`),
  summary: t("开启 strictPropertyInitialization（strict 包含它）时，声明为非可选类型的类属性必须在声明处或构造函数里赋值；由框架（Angular 的 @Input、TypeORM 实体、依赖注入）稍后赋值的属性也会触发它。", "With strictPropertyInitialization (part of strict), a class property of a non-optional type must be assigned at its declaration or in the constructor; properties that a framework fills in later (Angular @Input, TypeORM entities, dependency injection) trigger it too."),
  causes: [t("属性由框架或初始化方法在构造函数之后赋值", "a framework or an init method assigns the property after the constructor"), t("属性确实可能没有值，但类型没有体现", "the property really may have no value, but its type does not say so")],
  solutions: [
    {
      title: t("给出初始值，或如实声明它可能缺省", "Give it an initial value, or declare honestly that it may be missing"),
      steps: [t("能给默认值就在声明处赋值；确实可能没有值就写成 prop?: 类型；确定由框架赋值时才用 prop!: 类型（明确赋值断言）。", "Assign a default at the declaration when you can; if it may have no value, declare prop?: type; use prop!: type (a definite assignment assertion) only when a framework is sure to set it.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/app/user.entity.ts(9,3): error TS2564: Property 'email' has no initializer and is not definitely assigned in the constructor.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
