import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts17004-jsx-flag",
  category: "build.compile",
  match: [/\bTS17004:\s{0,3}Cannot use JSX unless the '--jsx' flag is provided/],
  title: t("tsconfig 没有配置 jsx，TypeScript 拒绝编译 JSX", "tsconfig sets no jsx option, so TypeScript refuses JSX"),
  summary: t("编译 .tsx 里的 JSX 需要 compilerOptions.jsx 告诉 TypeScript 如何处理它；这个 tsconfig 没有设置（或编辑器用的不是这个 tsconfig）。", "Compiling JSX in .tsx files needs compilerOptions.jsx to tell TypeScript how to handle it; this tsconfig does not set it (or the editor uses a different tsconfig)."),
  causes: [t("tsconfig.json 里缺少 jsx 选项", "tsconfig.json lacks the jsx option"), t("tsc 或编辑器读取的是另一个 tsconfig（例如 monorepo 根目录的那个）", "tsc or the editor reads another tsconfig (the monorepo root one, for example)")],
  solutions: [
    {
      title: t("设置 compilerOptions.jsx", "Set compilerOptions.jsx"),
      steps: [t("React 17+ 用 react-jsx；由 Next.js/Vite 等工具负责转换时用 preserve。", "Use react-jsx for React 17+; use preserve when a tool such as Next.js or Vite does the transform.")],
      code: () => block("json", ["{", '  "compilerOptions": {', '    "jsx": "react-jsx"', "  }", "}"]),
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/App.tsx(5,5): error TS17004: Cannot use JSX unless the '--jsx' flag is provided.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
