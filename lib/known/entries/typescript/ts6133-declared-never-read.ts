import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts6133-declared-never-read",
  category: "build.compile",
  match: [/\bTS(?:6133|6196|6192|6198):\s{0,3}'?(?<name>[^'\n]{0,100})'? (?:is declared but (?:its value is )?never (?:read|used)|All imports in import declaration are unused)/],
  title: (c) => (c.g.name ? t(`${ic(c.g.name)} 声明了但从未使用`, `${ic(c.g.name)} is declared but never used`) : t("存在未使用的声明或导入", "A declaration or import is never used")),
  summary: t("tsconfig 开启了 noUnusedLocals / noUnusedParameters（很多脚手架默认开启），于是未使用的变量、参数和导入被当作编译错误，构建失败。", "tsconfig enables noUnusedLocals / noUnusedParameters (many scaffolds do by default), so unused variables, parameters and imports become compile errors and fail the build."),
  causes: [t("重构后残留了不再使用的导入或变量", "an import or variable left over after a refactor"), t("回调里必须占位的参数没有用到", "a callback parameter that must stay in its position is not used")],
  solutions: [{ title: t("删除未使用的声明，或给占位参数加下划线前缀", "Delete the unused declaration, or prefix placeholder parameters with _"), steps: [t("删除无用的导入和变量；必须保留位置的参数改名为 _name（noUnusedParameters 会忽略下划线开头的参数）。", "Remove unused imports and variables; rename parameters that must keep their position to _name (noUnusedParameters ignores names starting with an underscore).")] }],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/App.tsx(1,8): error TS6133: 'React' is declared but its value is never read.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
