import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts7053-implicit-any-index",
  category: "code.type",
  match: [/\bTS7053:\s{0,3}Element implicitly has an 'any' type because expression of type '(?<key>[^'\n]{1,100})' can't be used to index type '(?<type>[^\n]{1,200}?)'\./],
  title: (c) => t(`不能用 ${ic(c.g.key ?? "")} 类型的值索引 ${ic(c.g.type ?? "")}`, `A ${ic(c.g.key ?? "")} cannot index ${ic(c.g.type ?? "")}`),
  summary: t(
    "用 obj[key] 取值时，key 的类型（常见是 string）比对象声明的键更宽，TypeScript 不能保证这个键存在，结果就是隐式 any。",
    "In obj[key], the key's type (usually string) is wider than the object's declared keys, so TypeScript cannot promise the key exists and the result would be an implicit any.",
  ),
  causes: [t("键来自 Object.keys()、for…in 或用户输入，类型是 string 而不是对象的键联合类型", "the key comes from Object.keys(), for…in or user input, typed string rather than the object's key union"), t("对象本身是动态字典，却被声明成了固定形状", "the object is really a dynamic dictionary but was declared with a fixed shape")],
  solutions: [
    {
      title: t("让键的类型与对象的键一致，或把对象声明为字典", "Type the key as the object's keys, or declare the object as a dictionary"),
      steps: [t("固定形状的对象用 key as keyof typeof obj（先确认 key 确实合法）；动态字典把类型声明为 Record<string, V>。", "For a fixed-shape object use key as keyof typeof obj (after checking the key is valid); for a dynamic dictionary declare it as Record<string, V>.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/theme.ts(18,10): error TS7053: Element implicitly has an 'any' type because expression of type 'string' can't be used to index type '{ light: string; dark: string; }'.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
