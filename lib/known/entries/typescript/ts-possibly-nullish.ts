import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.possibly-nullish",
  category: "code.null_reference",
  match: [
    /\bTS(?<code>18047|18048|18049):\s{0,3}'(?<name>[^'\n]{1,100})' is possibly '(?<kind>null|undefined)'(?: or '(?:undefined)')?/,
    /\bTS(?<code>2531|2532|2533):\s{0,3}Object is possibly '(?<kind>null|undefined)'/,
    /Object is possibly '(?<kind>null|undefined)'\.?\s{0,3}(?:ts)?\(?(?<code>2531|2532|2533)\)?/,
    /\bTS(?<code>2721|2722|2723):\s{0,3}Cannot invoke an object which is possibly '(?<kind>null|undefined)'/,
  ],
  title: (c) =>
    c.g.name
      ? t(`${ic(c.g.name)} 可能是 ${ic(c.g.kind ?? "")}（TS${c.g.code}）`, `${ic(c.g.name)} may be ${ic(c.g.kind ?? "")} (TS${c.g.code})`)
      : t(`对象可能是 ${ic(c.g.kind ?? "")}（TS${c.g.code ?? ""}）`, `The object may be ${ic(c.g.kind ?? "")} (TS${c.g.code ?? ""})`),
  summary: (c) =>
    t(
      `开启 strictNullChecks（strict 模式包含它）后，类型里带 ${ic(c.g.kind ?? "")} 的值不能直接访问属性或调用。TypeScript 在这一行看不到能排除 ${ic(c.g.kind ?? "")} 的判断。`,
      `With strictNullChecks (part of strict), a value whose type includes ${ic(c.g.kind ?? "")} cannot be dereferenced or called. At this line TypeScript sees no check that rules ${ic(c.g.kind ?? "")} out.`,
    ),
  causes: [
    t("值来自可能拿不到结果的 API：document.querySelector、Array.find、Map.get、可选属性、useRef 的初始值", "the value comes from an API that may return nothing: document.querySelector, Array.find, Map.get, an optional property, a useRef initial value"),
    t("判断写在了别的作用域（回调、另一个函数）里，或判断后没有 return，TypeScript 的收窄到不了这一行", "the check is in another scope (a callback, another function) or does not return, so TypeScript's narrowing does not reach this line"),
  ],
  solutions: [
    {
      title: t("在使用前排除这种情况", "Rule the case out before use"),
      steps: [
        t("用 if (!x) return; 提前返回，或者 if (x) { … } 包住使用处；只需要取值时用可选链 x?.prop 和 ?? 默认值。", "Return early with if (!x) return;, or wrap the use in if (x) { … }; when you only read a value, use optional chaining x?.prop with a ?? default."),
        t("判断放在回调外面时，把值先存进一个 const，再在回调里使用这个 const。", "When the check is outside a callback, copy the value into a const first and use that const inside the callback."),
      ],
    },
    {
      title: t("只有确定不会为空时才用 ! 断言", "Use the ! assertion only when it truly cannot be empty"),
      steps: [t("x! 会关闭这次检查；如果判断错了，运行时仍会在这里崩溃。", "x! switches the check off for this use; if you are wrong, it still crashes here at run time.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json", "https://github.com/microsoft/TypeScript/issues/41542"],
  samples: [
    { text: "src/main.ts(14,3): error TS18048: 'user' is possibly 'undefined'.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" },
    { text: "bot.token\n\nerror TS2531: Object is possibly 'null'.", source: "https://github.com/microsoft/TypeScript/issues/36500" },
  ],
});
