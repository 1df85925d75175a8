import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2339-property-does-not-exist",
  category: "code.name",
  match: [/\bTS(?:2339|2551):\s{0,3}Property '(?<prop>[^'\n]{1,100})' does not exist on type '(?<type>[^\n]{1,200}?)'\./, /Property '(?<prop>[^'\n]{1,100})' does not exist on type '(?<type>[^\n]{1,200}?)'\.(?:ts\(2339\)|\s{0,3}$)/],
  title: (c) => t(`类型 ${ic(c.g.type ?? "")} 上没有属性 ${ic(c.g.prop ?? "")}`, `Property ${ic(c.g.prop ?? "")} does not exist on type ${ic(c.g.type ?? "")}`),
  summary: (c) =>
    t(
      `TypeScript 只允许访问类型里声明过的属性。${ic(c.g.type ?? "")} 没有声明 ${ic(c.g.prop ?? "")}：要么属性名拼错了，要么值被推断成了过宽的类型（如 {}、object、unknown 或联合类型），需要先收窄或补上类型声明。`,
      `TypeScript only allows properties that the type declares. ${ic(c.g.type ?? "")} declares no ${ic(c.g.prop ?? "")}: the name is misspelled, or the value was inferred as a type that is too wide ({}, object, unknown or a union) and needs narrowing or a proper type.`,
    ),
  causes: [
    t("属性名拼写或大小写错误，或该属性在当前版本的库类型里已改名/移除", "the property name or its case is wrong, or the library's current types renamed or removed it"),
    t("变量的类型太宽：用 {}、Object、object 注解，或初始化为空对象/空数组后再赋值", "the variable's type is too wide: annotated {}, Object or object, or initialised empty and filled later"),
    t("值是联合类型，该属性只存在于其中一个成员上，需要先用 in、typeof 或判别字段收窄", "the value is a union and the property exists on only one member, so it must be narrowed first with in, typeof or a discriminant"),
    t("给全局对象（window、process.env、Express 的 Request）加了自定义属性却没有扩展其类型声明", "a custom property was added to a global object (window, process.env, Express's Request) without augmenting its declaration"),
  ],
  solutions: [
    {
      title: t("给值一个准确的类型，或先收窄再访问", "Give the value a precise type, or narrow it before access"),
      steps: [
        t("为对象定义 interface/type 并用它注解变量，而不是 {} 或 Object。", "Define an interface or type for the object and annotate the variable with it instead of {} or Object."),
        t("联合类型先用 if (\"prop\" in x) 或判别字段收窄，再访问该属性。", "Narrow a union with if (\"prop\" in x) or a discriminant field before using the property."),
      ],
    },
    {
      title: t("全局对象上的自定义属性：用声明合并扩展类型", "Custom properties on globals: extend the type with declaration merging"),
      steps: [t("在 .d.ts 里用 declare global { interface Window { … } } 或对应库的模块扩充声明这个属性。", "Declare the property in a .d.ts with declare global { interface Window { … } } or the library's module augmentation.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "app/components/top-bar.component.ts(60,22): error TS2339: Property 'onAppSettingsClicked' does not exist on type 'TopBarComponent'.", source: "https://github.com/Azure/azure-functions-ux/issues/521" }],
});
