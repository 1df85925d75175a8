import { block, defineKnownError, ic, t } from "../../define";

/** Names that come from a types package rather than from the code. */
const typesFor = (name: string | undefined): string | null => {
  if (!name) return null;
  if (/^(?:process|require|module|Buffer|__dirname|__filename|global|NodeJS)$/.test(name)) return "@types/node";
  if (/^(?:describe|it|test|expect|beforeEach|afterEach|beforeAll|afterAll|jest)$/.test(name)) return "@types/jest";
  return null;
};

export default defineKnownError({
  id: "typescript.ts2304-cannot-find-name",
  category: "code.name",
  match: [/\bTS(?<code>2304|2580|2582|2591|2593):\s{0,3}Cannot find name '(?<name>[^'\n]{1,100})'/],
  title: (c) => t(`找不到名字 ${ic(c.g.name ?? "")}`, `Cannot find the name ${ic(c.g.name ?? "")}`),
  summary: (c) => {
    const types = typesFor(c.g.name);
    return types
      ? t(
          `${ic(c.g.name ?? "")} 是运行环境提供的全局名字，它的类型来自 ${ic(types)}；项目没有安装这个类型包，或 tsconfig 的 types 列表把它排除了。`,
          `${ic(c.g.name ?? "")} is a global provided by the runtime, typed by ${ic(types)}; the project does not have that types package, or tsconfig's types list leaves it out.`,
        )
      : t(
          `这个作用域里没有声明 ${ic(c.g.name ?? "")}：变量、函数或类型没有定义或没有 import，名字拼错，或者它是某个库的全局变量而项目没有它的类型声明。`,
          `Nothing named ${ic(c.g.name ?? "")} is declared in this scope: the variable, function or type is not defined or not imported, the name is misspelled, or it is a library global without type declarations in the project.`,
        );
  },
  causes: [
    (c) => (typesFor(c.g.name) ? t(`缺少 ${ic(typesFor(c.g.name) ?? "")} 类型包，或 tsconfig 的 compilerOptions.types 没有包含它`, `${ic(typesFor(c.g.name) ?? "")} is missing, or tsconfig's compilerOptions.types does not include it`) : t("忘了 import，或名字拼写/大小写错误", "a missing import, or a misspelled name")),
    t("lib 设置太旧，缺少较新的内置对象（如 Promise、Map 需要 es2015+，DOM 名字需要 dom）", "the lib setting is too old for newer built-ins (Promise and Map need es2015+, DOM names need dom)"),
  ],
  solutions: [
    {
      title: (c) => {
        const types = typesFor(c.g.name);
        return types ? t(`安装 ${ic(types)}`, `Install ${ic(types)}`) : null;
      },
      when: (c) => typesFor(c.g.name) !== null,
      steps: [t("安装后如果 tsconfig 设置了 compilerOptions.types 数组，也要把它加进去。", "After installing, also add it to compilerOptions.types if tsconfig sets that array.")],
      code: (c) => {
        const types = typesFor(c.g.name);
        return types ? block("bash", [`npm install --save-dev ${types}`]) : null;
      },
    },
    {
      title: t("补上 import 或声明", "Add the import or the declaration"),
      when: (c) => typesFor(c.g.name) === null,
      steps: [t("从定义它的模块 import 这个名字；如果是页面里通过 <script> 引入的全局变量，在 .d.ts 里用 declare const 声明它。", "Import the name from the module that defines it; for a global that a <script> tag provides, declare it with declare const in a .d.ts.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [
    { text: "src/server.ts(3,15): error TS2580: Cannot find name 'process'. Do you need to install type definitions for node? Try `npm i --save-dev @types/node`.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" },
    { text: "src/util.ts(7,10): error TS2304: Cannot find name 'formatDate'.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" },
  ],
});
