import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "node.dep0040-punycode",
  category: "unknown",
  // Only when the warning is the whole story: a real error printed after it is the thing to diagnose.
  match: [/\[DEP0040\] DeprecationWarning: The `punycode` module is deprecated(?![\s\S]{0,3000}?\n\s{0,10}(?:[\w.]{0,40}(?:Error|Exception)\b|Uncaught|FATAL|npm (?:ERR!|error)))/],
  title: t("内置 punycode 模块已弃用（DEP0040 警告）", "The built-in punycode module is deprecated (DEP0040 warning)"),
  summary: t(
    "这是警告而不是错误，程序照常运行。Node.js 21 起对使用内置 punycode 模块的代码发出运行时弃用警告；从 22.14/23.7 起只在你自己的代码（node_modules 之外）使用它时才警告。出现在旧版本上时，来源通常是某个依赖。",
    "This is a warning, not an error; the program keeps running. Since Node.js 21, code that uses the built-in punycode module gets a runtime deprecation warning; from 22.14/23.7 it only warns when your own code (outside node_modules) uses it. On older versions the source is usually a dependency.",
  ),
  causes: [
    t("某个依赖（常见的是旧版 node-fetch/whatwg-url/tr46、uri-js 等）通过 require(\"punycode\") 使用了内置模块", "a dependency (commonly older node-fetch/whatwg-url/tr46 or uri-js) uses the built-in module through require(\"punycode\")"),
    t("项目自己的代码导入了内置 punycode", "the project's own code imports the built-in punycode"),
  ],
  solutions: [
    {
      title: t("找到是谁在使用它", "Find out who uses it"),
      steps: [t("加 --trace-deprecation 运行一次，看堆栈里的调用者；是依赖就升级它，是自己的代码就改用 npm 上的 punycode 包（注意写成 require(\"punycode/\") 才会取到用户态包）。", "Run once with --trace-deprecation and read the caller in the stack; upgrade the dependency if it is one, or switch your own code to the punycode package from npm (require(\"punycode/\") picks the userland package).")],
      code: () => block("bash", ["node --trace-deprecation ./index.js", "npm ls whatwg-url tr46 uri-js"]),
    },
  ],
  docs: ["https://nodejs.org/docs/latest/api/deprecations.html#DEP0040", "https://github.com/nodejs/node/blob/main/doc/api/deprecations.md"],
  samples: [{ text: "(node:24856) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)", source: "https://nodejs.org/docs/latest/api/deprecations.html#DEP0040" }],
});
