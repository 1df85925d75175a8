import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "node.err-import-attribute-missing",
  category: "code.syntax",
  match: [/\bERR_IMPORT_(?:ATTRIBUTE|ASSERTION)_(?:TYPE_)?MISSING\]?:?\s{0,3}(?:Module "(?<url>[^"\n]{1,300})" needs an import (?:attribute|assertion) of "?type:? ?"?json"?)?/],
  title: (c) => (c.g.url ? t(`导入 JSON 模块 ${ic(c.g.url)} 需要 type: "json" 导入属性`, `Importing the JSON module ${ic(c.g.url)} needs the type: "json" attribute`) : t("导入 JSON 模块缺少 type: \"json\" 导入属性", "A JSON module import lacks the type: \"json\" attribute")),
  summary: t(
    "在 Node.js 的 ES 模块里导入 .json 文件，必须通过导入属性声明它是 JSON（import data from \"./x.json\" with { type: \"json\" }）。旧版本 Node.js 使用的是 assert { type: \"json\" } 语法，新版本已改为 with。",
    "Importing a .json file from a Node.js ES module requires an import attribute declaring it JSON (import data from \"./x.json\" with { type: \"json\" }). Older Node.js versions used the assert { type: \"json\" } syntax; newer ones use with.",
  ),
  causes: [t("import 语句没有写 with { type: \"json\" }", "the import statement lacks with { type: \"json\" }"), t("代码用的是旧的 assert 语法，而当前 Node.js 只接受 with", "the code uses the old assert syntax while this Node.js only accepts with")],
  solutions: [
    {
      title: t("加上 JSON 导入属性", "Add the JSON import attribute"),
      steps: [t("按当前 Node.js 支持的语法写 with { type: \"json\" }；也可以改用 fs 读取后 JSON.parse。", "Write with { type: \"json\" } as this Node.js expects; alternatively read the file with fs and JSON.parse it.")],
      code: () => block("javascript", ['import pkg from "./package.json" with { type: "json" };', "", "console.log(pkg.name);"]),
    },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/errors.md"],
  samples: [{ text: "TypeError [ERR_IMPORT_ATTRIBUTE_MISSING]: Module \"file:///app/package.json\" needs an import attribute of \"type: json\"", source: "https://github.com/nodejs/node/blob/main/doc/api/errors.md" }],
});
