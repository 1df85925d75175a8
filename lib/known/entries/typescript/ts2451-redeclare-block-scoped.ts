import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2451-redeclare-block-scoped",
  category: "code.name",
  match: [/\bTS2451:\s{0,3}Cannot redeclare block-scoped variable '(?<name>[^'\n]{1,100})'/],
  title: (c) => t(`块级变量 ${ic(c.g.name ?? "")} 被重复声明`, `Block-scoped variable ${ic(c.g.name ?? "")} is declared twice`),
  summary: t("同一作用域里有两个同名的 let/const。常见的隐蔽原因是：文件里没有任何 import/export，TypeScript 把它当作全局脚本，于是不同文件里的同名顶层变量互相冲突（或与 DOM 全局名如 name 冲突）。", "Two let/const declarations share a name in one scope. A common hidden cause: a file with no import or export is treated as a global script, so same-named top-level variables in different files (or DOM globals such as name) collide."),
  causes: [t("文件没有 import/export，被当作全局脚本，与其他脚本或 lib.dom 的全局名冲突", "the file has no import/export, so it is a global script colliding with other scripts or lib.dom globals"), t("同一作用域里确实声明了两次", "the name really is declared twice in one scope")],
  solutions: [
    {
      title: t("把文件变成模块，或给变量改名", "Make the file a module, or rename the variable"),
      steps: [t("在文件末尾加一行 export {}，它就成了独立的模块作用域；如果确实重复声明，删掉或改名其中一个。", "Add export {} at the end of the file so it gets its own module scope; if the name really is declared twice, remove or rename one.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/index.ts(1,7): error TS2451: Cannot redeclare block-scoped variable 'name'.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
