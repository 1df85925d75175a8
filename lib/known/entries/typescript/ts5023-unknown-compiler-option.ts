import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts5023-unknown-compiler-option",
  category: "build.compile",
  match: [/\bTS5023:\s{0,3}Unknown compiler option '(?<opt>[^'\n]{1,100})'/],
  title: (c) => t(`当前 TypeScript 不认识编译选项 ${ic(c.g.opt ?? "")}`, `This TypeScript does not know the compiler option ${ic(c.g.opt ?? "")}`),
  summary: t("tsconfig 或命令行里的选项名当前版本的 tsc 不认识：要么拼写错了，要么它是较新 TypeScript 才加入的选项，而实际运行的是旧版本（例如全局安装的 tsc 或编辑器自带的版本）。", "The option in tsconfig or on the command line is unknown to this tsc: it is misspelled, or it was added in a newer TypeScript while an older one runs (a global tsc, or the editor's bundled version)."),
  causes: [t("运行的 tsc 版本比项目需要的旧（npx tsc 与全局 tsc 不是同一个）", "the tsc that runs is older than the project needs (npx tsc and a global tsc differ)"), t("选项名拼写或大小写错误", "the option name or its case is wrong")],
  solutions: [
    {
      title: t("使用项目本地的 TypeScript 版本", "Use the project's local TypeScript"),
      steps: [t("用 npx tsc -v 查看实际版本，确认 package.json 里的 typescript 版本支持该选项；编辑器里选择“使用工作区版本”。", "Check the real version with npx tsc -v and make sure the typescript in package.json supports the option; in the editor, select \"Use Workspace Version\".")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "tsconfig.json(4,5): error TS5023: Unknown compiler option 'verbatimModuleSyntax'.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
