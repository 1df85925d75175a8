import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "node.err-invalid-arg-type",
  category: "code.type",
  match: [/\bERR_INVALID_ARG_TYPE\]?:?\s{0,3}The "(?<arg>[\w.\[\]]{1,60})" (?:argument|property) must be (?<expected>[^\n]{1,200}?)\. Received (?<got>[^\n]{1,120})/, /\bERR_INVALID_ARG_TYPE\b/],
  title: (c) => (c.g.arg ? t(`Node.js API 的参数 ${ic(c.g.arg)} 类型不对（收到 ${ic(c.g.got ?? "")}）`, `The Node.js API argument ${ic(c.g.arg)} has the wrong type (received ${ic(c.g.got ?? "")})`) : t("传给 Node.js API 的参数类型不对", "A Node.js API received an argument of the wrong type")),
  summary: (c) =>
    t(
      `Node.js 内置 API 对参数类型做了校验：${c.g.arg ? `${ic(c.g.arg)} 应该是 ${c.g.expected ?? ""}，` : ""}实际收到了别的值。最常见的是本应是字符串的路径或配置来自一个没有设置的环境变量或配置项。`,
      `Node.js's built-in APIs validate their arguments: ${c.g.arg ? `${ic(c.g.arg)} must be ${c.g.expected ?? ""}, ` : ""}but something else arrived. Most often a path or setting that should be a string comes from an unset environment variable or config entry.`,
    ),
  causes: [
    t("环境变量或配置项没有设置（如 path.join(process.env.X) 里的 X 不存在）", "an environment variable or config entry is not set (X in path.join(process.env.X) does not exist)"),
    t("传入了错误的类型：例如把对象或数字传给需要字符串/Buffer 的 fs、crypto、http 函数", "a value of the wrong kind was passed: an object or number where fs, crypto or http expects a string or Buffer"),
    t("工具或依赖与当前 Node.js 版本不兼容（报错堆栈在 node_modules 里时常见）", "a tool or dependency is incompatible with this Node.js version (common when the stack is inside node_modules)"),
  ],
  solutions: [
    {
      title: t("找到传入这个参数的调用，并检查其来源", "Find the call that passes the argument and check where the value comes from"),
      steps: [t("沿堆栈找到你自己代码里的那一帧，打印该参数；如果来自环境变量，在启动前设置它或给出默认值并尽早校验。", "Follow the stack to the first frame in your code and log the argument; if it comes from an environment variable, set it before start-up or give it a default and validate it early.")],
    },
    {
      title: t("堆栈全在依赖里时，检查依赖与 Node.js 版本", "When the whole stack is in dependencies, check the dependency against your Node.js"),
      steps: [t("升级该依赖，或换成它支持的 Node.js 版本。", "Upgrade the dependency, or use a Node.js version it supports.")],
    },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/errors.md"],
  samples: [{ text: "TypeError [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string. Received undefined\n    at new NodeError (node:internal/errors:405:5)\n    at validateString (node:internal/validators:162:11)\n    at Object.join (node:path:1175:7)", source: "https://github.com/nodejs/node/blob/main/doc/api/errors.md" }],
});
