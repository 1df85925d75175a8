import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2550-change-target-library",
  category: "build.compile",
  match: [/\bTS(?:2550|2583|2584):\s{0,3}(?:Property '(?<prop>[^'\n]{1,100})' does not exist on type '(?<type>[^'\n]{1,100})'|Cannot find name '(?<name>[^'\n]{1,100})')\. Do you need to change your target library\? Try changing the '(?<opt>lib)' compiler option to (?:'(?<lib>[\w.]{1,20})'|include 'dom')/],
  title: (c) => t(`${ic(c.g.prop ? `${c.g.type}.${c.g.prop}` : c.g.name ?? "")} 需要更新的 lib 设置`, `${ic(c.g.prop ? `${c.g.type}.${c.g.prop}` : c.g.name ?? "")} needs a newer lib setting`),
  summary: (c) =>
    t(
      `这个内置 API 属于较新的 ECMAScript 版本（或 DOM），而 tsconfig 的 lib/target 没有包含它。TypeScript 的提示给出了需要的库${c.g.lib ? `（${ic(c.g.lib)}）` : ""}；注意还要确认实际运行环境支持该 API。`,
      `This built-in API belongs to a newer ECMAScript edition (or the DOM) that tsconfig's lib/target does not include. TypeScript's hint names the library needed${c.g.lib ? ` (${ic(c.g.lib)})` : ""}; also check that the real runtime supports the API.`,
    ),
  causes: [t("tsconfig 的 target/lib 太旧（如 es5/es2015），而代码使用了 Array.prototype.includes、Object.entries、replaceAll 等较新 API", "tsconfig's target/lib is old (es5/es2015) while the code uses newer APIs such as Array.prototype.includes, Object.entries or replaceAll"), t("lib 数组显式设置但漏了 dom 或新的 ES 版本", "an explicit lib array leaves out dom or the newer ES edition")],
  solutions: [{ title: t("按提示调高 lib（或 target）", "Raise lib (or target) as suggested"), steps: [t("把 compilerOptions.lib 改为包含提示中的版本（如 [\"es2021\", \"dom\"]），或直接提高 target；旧浏览器需要时配合 polyfill。", "Change compilerOptions.lib to include the suggested edition ([\"es2021\", \"dom\"], for example) or raise target; add polyfills if old browsers must be supported.")] }],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/utils.ts(5,17): error TS2550: Property 'replaceAll' does not exist on type 'string'. Do you need to change your target library? Try changing the 'lib' compiler option to 'es2021' or later.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
