import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "javascript.cannot-read-properties-of-undefined",
  category: "code.null_reference",
  match: [
    /Cannot read propert(?:ies|y) of (?<what>undefined|null) \(reading '(?<prop>[^'\n]{1,100})'\)/,
    /Cannot read property '(?<prop>[^'\n]{1,100})' of (?<what>undefined|null)/,
    /Cannot read propert(?:ies|y) of (?<what>undefined|null)/,
  ],
  priority: -1,
  title: (c) =>
    c.g.prop
      ? t(`读取 ${c.g.what ?? "undefined"} 的属性 '${c.g.prop}'`, `Reading '${c.g.prop}' of ${c.g.what ?? "undefined"}`)
      : t(`读取 ${c.g.what ?? "undefined"} 的属性`, `Reading a property of ${c.g.what ?? "undefined"}`),
  summary: (c) =>
    t(
      `代码读取 '${c.g.prop ?? "某个属性"}' 的那个值是 ${c.g.what ?? "undefined"}，而 ${c.g.what ?? "undefined"} 没有任何属性。要找的不是 '${c.g.prop ?? "这个属性"}' 本身，而是点号（或方括号）前面那个表达式为什么是 ${c.g.what ?? "undefined"}。`,
      `The value '${c.g.prop ?? "the property"}' was read from is ${c.g.what ?? "undefined"}, which has no properties. The question is not '${c.g.prop ?? "the property"}' itself but why the expression before the dot (or bracket) is ${c.g.what ?? "undefined"}.`,
    ),
  causes: [
    (c) =>
      c.g.prop && /^\d{1,6}$/.test(c.g.prop)
        ? t(`读取下标 [${c.g.prop}] 的那个数组是 ${c.g.what ?? "undefined"}：数组本身不存在（接口没返回该字段、数据还没加载），而不是数组为空`, `the array indexed with [${c.g.prop}] is ${c.g.what ?? "undefined"}: the array itself is missing (the API did not return that field, data not loaded yet), not merely empty`)
        : null,
    t("数据还没到：异步请求尚未完成时组件或代码就读取了它（首次渲染时 state 还是初始值）", "the data has not arrived: the code or component read it before the async request finished (state still holds its initial value on first render)"),
    t("接口或对象的结构和预期不同：字段名拼错、层级不同、错误响应里没有这个字段", "the API or object has a different shape than expected: a misspelled field, a different nesting, an error response without that field"),
    (c) =>
      c.g.what === "null"
        ? t("document.querySelector()/getElementById() 或 String.match() 没有找到结果（它们此时返回 null）", "document.querySelector()/getElementById() or String.match() found nothing (they return null then)")
        : t("函数没有 return 语句，或 Array.find() 没有找到匹配的元素", "a function without a return statement, or Array.find() with no matching element"),
  ],
  solutions: [
    {
      title: t("找到点号前面那个值的来源，确认它为什么不存在", "Trace where the value before the dot comes from and why it is missing"),
      steps: [
        t("堆栈第一行指向出错的文件和行号。在那一行打印点号前面的表达式（以及它的上一层），对照接口实际返回的数据结构。", "The first stack line gives the file and line. Log the expression before the dot (and its parent) there, and compare with the data the API actually returned."),
        t("如果数据是异步加载的，在数据到达前不要读取它（加载状态、条件渲染）。", "If the data loads asynchronously, do not read it before it arrives (loading state, conditional rendering)."),
      ],
    },
    {
      title: t("值可以合法缺失时，用可选链 ?. 和 ?? 给默认值", "Where the value may legitimately be missing, use optional chaining ?. and ?? for a default"),
      steps: [(c) => t(`?. 在左侧为 ${c.g.what ?? "undefined"} 时不再抛错，而是直接短路；不要用它掩盖本应存在的数据。`, `?. short-circuits instead of throwing when the left side is ${c.g.what ?? "undefined"}; do not use it to hide data that should be there.`)],
      code: (c) => {
        const prop = c.g.prop && /^[A-Za-z_$][\w$]{0,99}$/.test(c.g.prop) ? `.${c.g.prop}` : c.g.prop && /^\d{1,6}$/.test(c.g.prop) ? `[${c.g.prop}]` : ".name";
        return block("javascript", [
          "const response = {};",
          `const value = response.data?.${prop.startsWith("[") ? prop : prop.slice(1)} ?? "";`,
          "console.log(value);",
        ]);
      },
    },
  ],
  docs: ["https://developer.mozilla.org/en-US/docs/web/javascript/reference/errors/no_properties"],
  samples: [
    {
      text: "TypeError: Cannot read properties of undefined (reading 'reverse')",
      source: "https://github.com/getarrays/serverapp/issues/2",
    },
    {
      text: "Uncaught TypeError: Cannot read property 'replace' of undefined",
      source: "https://github.com/markedjs/marked/issues/758",
    },
  ],
});
