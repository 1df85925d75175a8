import { block, defineKnownError, ic, t } from "../../define";

const DIAG = "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json";
/** A bare package specifier's package name, or null for a relative path or an alias. */
const packageOf = (spec: string | undefined): string | null => {
  if (!spec || /^(?:[./~#]|@\/)/.test(spec)) return null;
  const m = /^(@[\w.-]{1,100}\/[\w.-]{1,100}|[\w.-]{1,100})/.exec(spec);
  return m ? m[1]! : null;
};
/** `@types/x` for `x`, `@types/scope__x` for `@scope/x`. */
const typesOf = (pkg: string) => (pkg.startsWith("@") ? `@types/${pkg.slice(1).replace("/", "__")}` : `@types/${pkg}`);

export default defineKnownError({
  id: "typescript.ts2307-cannot-find-module",
  category: "dependency.missing",
  match: [/\bTS2307:\s{0,3}Cannot find module '(?<spec>[^'\n]{1,200})'/, /Cannot find module '(?<spec>[^'\n]{1,200})' or its corresponding type declarations/],
  title: (c) => t(`TypeScript 找不到模块 ${ic(c.g.spec ?? "")} 或它的类型声明`, `TypeScript cannot find the module ${ic(c.g.spec ?? "")} or its type declarations`),
  summary: (c) => {
    const pkg = packageOf(c.g.spec);
    return pkg
      ? t(
          `TypeScript 按 tsconfig 的模块解析规则，在 node_modules 里既没找到 ${ic(pkg)} 本身，也没找到它的类型声明。运行时能加载不代表编译器能解析：包没装、装在别的目录，或解析模式读不到它的 exports 都会这样。`,
          `Following tsconfig's module resolution, TypeScript found neither ${ic(pkg)} nor type declarations for it in node_modules. Loading at run time does not mean the compiler can resolve it: a missing install, another folder, or a resolution mode that cannot read its exports all end here.`,
        )
      : t(
          "这是一个相对路径或路径别名导入，TypeScript 找不到对应的 .ts/.tsx/.d.ts 文件：路径或大小写不对，别名没有在 tsconfig 的 paths 里配置，或者是 .vue、.css、图片等非 TS 文件而项目没有为它们声明模块类型。",
          "This relative or aliased import resolves to no .ts/.tsx/.d.ts file: the path or its case is wrong, the alias is missing from tsconfig's paths, or it is a .vue, .css or image file for which the project declares no module type.",
        );
  },
  causes: [
    (c) => (packageOf(c.g.spec) ? t("包没有安装在当前项目（monorepo 里可能装在了别的工作区包）", "the package is not installed in this project (in a monorepo it may live in another workspace package)") : t("相对路径、大小写或扩展名写错，或文件还没生成", "the relative path, its case or extension is wrong, or the file is not generated yet")),
    (c) => (packageOf(c.g.spec) ? t("包本身不带类型，且没有安装 @types 包", "the package ships no types and no @types package is installed") : t("路径别名（如 @/…）只在打包工具里配置了，没在 tsconfig 的 baseUrl/paths 里配置", "the path alias (@/… and the like) is configured in the bundler but not in tsconfig's baseUrl/paths")),
    t("moduleResolution 设置与包的发布方式不匹配（例如只有 exports 的包需要 node16/nodenext/bundler）", "moduleResolution does not fit how the package is published (a package with only \"exports\" needs node16, nodenext or bundler)"),
  ],
  solutions: [
    {
      title: (c) => {
        const pkg = packageOf(c.g.spec);
        return pkg ? t(`安装 ${ic(pkg)}（不带类型时再装 ${ic(typesOf(pkg))}）`, `Install ${ic(pkg)} (and ${ic(typesOf(pkg))} if it ships no types)`) : null;
      },
      when: (c) => packageOf(c.g.spec) !== null,
      steps: [t("在包含 tsconfig.json 的项目里安装；如果包自己没有 .d.ts，再安装社区的 @types 包。", "Install it in the project that owns tsconfig.json; if the package has no .d.ts of its own, add the community @types package too.")],
      code: (c) => {
        const pkg = packageOf(c.g.spec);
        return pkg ? block("bash", [`npm install ${pkg}`, `npm install --save-dev ${typesOf(pkg)}`]) : null;
      },
    },
    {
      title: t("检查路径，或在 tsconfig 里配置别名", "Check the path, or configure the alias in tsconfig"),
      when: (c) => packageOf(c.g.spec) === null,
      steps: [t("相对路径要与磁盘上的文件名（含大小写）一致；@/ 之类的别名要在 compilerOptions.paths 里声明，和打包工具的 alias 保持一致。非 TS 文件（.vue、.svg、.css）需要一个 declare module 的 .d.ts 声明。", "Relative paths must match the file on disk, case included; aliases such as @/ must be declared in compilerOptions.paths, matching the bundler's alias. Non-TS files (.vue, .svg, .css) need a .d.ts with a declare module.")],
      code: () => block("json", ["{", '  "compilerOptions": {', '    "baseUrl": ".",', '    "paths": { "@/*": ["src/*"] }', "  }", "}"]),
    },
  ],
  docs: [DIAG, "https://github.com/microsoft/TypeScript/pull/27054"],
  samples: [
    { text: "src/index.ts:2:15 - error TS2307: Cannot find module './lib/hash' or its corresponding type declarations.\n\n2 export * from './lib/hash';", source: "https://github.com/bitjson/typescript-starter/issues/246" },
    { text: "error TS2307: Cannot find module 'arangojs:document' or its corresponding type declarations.", source: "https://github.com/arangodb/arangojs/pull/694" },
  ],
});
