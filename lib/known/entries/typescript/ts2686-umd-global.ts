import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2686-umd-global",
  category: "build.compile",
  match: [/\bTS2686:\s{0,3}'(?<name>[^'\n]{1,60})' refers to a UMD global, but the current file is a module/],
  title: (c) => t(`${ic(c.g.name ?? "")} 指向 UMD 全局变量，而当前文件是模块`, `${ic(c.g.name ?? "")} refers to a UMD global while this file is a module`),
  summary: (c) =>
    c.g.name === "React"
      ? t("文件里使用了 JSX 却没有导入 React，而 tsconfig 的 jsx 仍是旧的 react 模式（它把 JSX 编译成 React.createElement）。React 17+ 的新 JSX 转换不需要导入 React，把 jsx 设为 react-jsx 即可。", "The file uses JSX without importing React, while tsconfig's jsx is still the classic react mode (which compiles JSX to React.createElement). React 17+'s new JSX transform needs no React import: set jsx to react-jsx.")
      : t("在模块文件里直接使用了一个以 UMD 形式声明的全局名字；模块里应当 import 它。", "A module file uses a name declared as a UMD global; a module should import it instead."),
  causes: [t("tsconfig 的 jsx 是 react（经典转换），代码却按新 JSX 转换的习惯没有 import React", "tsconfig's jsx is react (the classic transform) while the code follows the new transform and does not import React"), t("模块里直接使用了库的全局变量而没有 import", "a module uses a library's global without importing it")],
  solutions: [
    {
      title: t("React 项目：把 jsx 改为 react-jsx", "React projects: set jsx to react-jsx"),
      when: (c) => c.g.name === "React",
      steps: [t("React 17 及以上使用新的 JSX 转换，不再需要在每个文件 import React。", "React 17+ uses the new JSX transform, so files no longer need to import React.")],
      code: () => block("json", ["{", '  "compilerOptions": {', '    "jsx": "react-jsx"', "  }", "}"]),
    },
    { title: t("或者在文件中显式导入", "Or import it explicitly in the file"), steps: [t("加上对应的 import（如 import React from \"react\" 或 import * as L from \"leaflet\"）。", "Add the matching import (import React from \"react\", import * as L from \"leaflet\", and so on).")] },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/components/Button.tsx(3,10): error TS2686: 'React' refers to a UMD global, but the current file is a module. Consider adding an import instead.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
