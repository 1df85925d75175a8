import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2835-import-extension",
  category: "dependency.missing",
  match: [/\bTS2835:\s{0,3}Relative import paths need explicit file extensions in ECMAScript imports when '--moduleResolution' is '(?:node16|nodenext)'(?: or '(?:node16|nodenext)')?\. Did you mean '(?<fix>[^'\n]{1,200})'/],
  title: (c) => t(`ESM 相对导入需要写扩展名：应为 ${ic(c.g.fix ?? "")}`, `ESM relative imports need the extension: use ${ic(c.g.fix ?? "")}`),
  summary: t("moduleResolution 为 node16/nodenext 且文件按 ES 模块输出时，TypeScript 按 Node.js 的 ESM 规则检查导入：相对路径必须写出运行时的文件名（.js），因为 Node.js 不会自动补扩展名。", "With moduleResolution node16/nodenext and ES module output, TypeScript checks imports by Node.js's ESM rules: a relative path must name the run-time file (.js), because Node.js never adds extensions."),
  causes: [t("源码里写的是 ./utils 而不是 ./utils.js（即使源文件是 utils.ts，也要写 .js）", "the source imports ./utils instead of ./utils.js (write .js even though the source file is utils.ts)")],
  solutions: [
    {
      title: t("按提示加上 .js 扩展名", "Add the .js extension as suggested"),
      steps: [t("把相对导入改成报错建议的路径；如果项目由打包工具构建而不是直接在 Node.js 里运行，可以改用 \"moduleResolution\": \"bundler\"，它不要求扩展名。", "Change the relative import to the suggested path; if a bundler builds the project rather than Node.js running it directly, \"moduleResolution\": \"bundler\" does not require extensions.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json", "https://nodejs.org/api/esm.html#esm_mandatory_file_extensions"],
  samples: [{ text: "src/index.ts(1,23): error TS2835: Relative import paths need explicit file extensions in ECMAScript imports when '--moduleResolution' is 'node16' or 'nodenext'. Did you mean './config.js'?", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
