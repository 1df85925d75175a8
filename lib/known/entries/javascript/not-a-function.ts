import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "javascript.not-a-function",
  category: "code.type",
  match: [/TypeError: (?<expr>[\w$.]{1,120}(?:\(\.\.\.\))?) is not a function/],
  priority: -1,
  title: (c) => t(`${c.g.expr ?? "被调用的值"} 不是函数`, `${c.g.expr ?? "The called value"} is not a function`),
  summary: (c) =>
    t(
      `代码把 ${c.g.expr ?? "一个值"} 当函数调用，但它的值不是函数（可能根本不存在，或是对象、字符串等）。通常是方法名拼错、调用方对象上没有这个方法，或者导入/导出的方式不对，拿到的不是那个函数。`,
      `The code calls ${c.g.expr ?? "a value"} as a function, but its value is not one (it may not exist at all, or be an object, a string …). Usually the method name is misspelled, the object it is called on has no such method, or an import/export mismatch delivered something other than the function.`,
    ),
  causes: [
    t("方法名拼写或大小写错误（如 getElementByID 应为 getElementById）", "the method name is misspelled or wrongly cased (getElementByID should be getElementById)"),
    t("在错误类型的对象上调用：如对普通对象调用 map()（只有数组有），对 NodeList/字符串调用数组方法", "the method is called on the wrong kind of object: map() on a plain object (only arrays have it), array methods on a NodeList or string"),
    t("导入方式不对：默认导出与命名导出混用，拿到的是模块对象或空值而不是函数", "the import is wrong: default and named exports mixed up, so you hold the module object or nothing instead of the function"),
    t("同名属性覆盖了方法（对象上有一个与方法同名的数据属性）", "a data property with the same name shadows the method"),
  ],
  solutions: [
    {
      title: (c) => t(`打印 ${c.g.expr ?? "被调用的值"} 的实际类型`, `Log the actual type of ${c.g.expr ?? "the called value"}`),
      steps: [
        t("在调用前打印 typeof 和值本身：值不存在说明名字或导入不对；\"object\" 说明拿到的是模块或对象，函数在它的某个属性上。", "Log typeof and the value right before the call: a missing value means the name or the import is wrong; \"object\" means you hold a module or object and the function is one of its properties."),
      ],
      code: () =>
        block("javascript", [
          "const obj = { a: 13, b: 37 };",
          "console.log(typeof obj.map === \"function\"); // false: plain objects have no map()",
          "const doubled = Object.values(obj).map((n) => n * 2);",
          "console.log(doubled);",
        ]),
    },
    {
      title: t("核对导入与导出是否匹配", "Check the import matches the export"),
      steps: [
        t("export default 对应 import x from；export function x 对应 import { x } from。打印导入到的值，确认它就是那个函数。", "export default pairs with import x from; export function x pairs with import { x } from. Log the imported value to confirm it is the function."),
      ],
    },
  ],
  docs: ["https://developer.mozilla.org/docs/Web/JavaScript/Reference/Errors/Not_a_function"],
  samples: [{ text: "TypeError: document.getElementByID is not a function", source: "https://developer.mozilla.org/docs/Web/JavaScript/Reference/Errors/Not_a_function" }],
});
