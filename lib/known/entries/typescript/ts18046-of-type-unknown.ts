import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts18046-of-type-unknown",
  category: "code.type",
  match: [/\bTS18046:\s{0,3}'(?<name>[^'\n]{1,100})' is of type 'unknown'/, /\bTS2571:\s{0,3}Object is of type 'unknown'/],
  title: (c) => (c.g.name ? t(`${ic(c.g.name)} 的类型是 unknown，使用前必须先收窄`, `${ic(c.g.name)} is of type unknown and must be narrowed before use`) : t("值的类型是 unknown，使用前必须先收窄", "The value is of type unknown and must be narrowed before use")),
  summary: t("unknown 表示“类型未知”，TypeScript 不允许对它访问属性或调用。最常见的来源是 catch (err) 里的 err（useUnknownInCatchVariables 在 strict 下开启），以及 JSON.parse、fetch().json() 之后被标注为 unknown 的数据。", "unknown means \"type not known\", and TypeScript forbids property access or calls on it. It most often comes from err in catch (err) (useUnknownInCatchVariables is on under strict) and from data typed unknown after JSON.parse or fetch().json()."),
  causes: [t("catch 子句的错误变量在 strict 下是 unknown", "the catch clause variable is unknown under strict"), t("外部数据（JSON、接口响应、泛型默认值）被标注为 unknown 且没有校验", "external data (JSON, API responses, a generic default) is typed unknown and never validated")],
  solutions: [
    {
      title: t("先判断类型再使用", "Check the type before using it"),
      steps: [t("错误变量用 if (err instanceof Error) 后再读 err.message；外部数据用类型守卫或 zod 等校验库解析成具体类型。", "For errors, use if (err instanceof Error) before reading err.message; parse external data into a concrete type with a type guard or a validator such as zod.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/index.ts(27,17): error TS18046: 'err' is of type 'unknown'.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
