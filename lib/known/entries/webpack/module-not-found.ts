import { block, defineKnownError, ic, t } from "../../define";

/** The npm package a bare request names, or null for a relative/absolute path or an alias. */
const packageOf = (mod: string | undefined): string | null => {
  if (!mod || /^(?:[./~#]|@\/|[A-Za-z]:)/.test(mod)) return null;
  const m = /^(@[\w.-]{1,100}\/[\w.-]{1,100}|[\w.-]{1,100})/.exec(mod);
  return m ? m[1]! : null;
};

export default defineKnownError({
  id: "webpack.module-not-found",
  category: "dependency.missing",
  match: [/Module not found: (?:Error: )?Can't resolve '(?<mod>[^'\n]{1,200})' in '(?<dir>[^'\n]{1,300})'/],
  title: (c) => t(`打包时解析不到 ${ic(c.g.mod ?? "")}`, `The bundler cannot resolve ${ic(c.g.mod ?? "")}`),
  summary: (c) =>
    packageOf(c.g.mod)
      ? t(
          `webpack（或基于它的 Next.js、CRA）从 ${ic(c.g.dir ?? "")} 出发，在 node_modules 里找不到包 ${ic(packageOf(c.g.mod) ?? "")}。`,
          `webpack (or Next.js / CRA on top of it) looked from ${ic(c.g.dir ?? "")} and found no package ${ic(packageOf(c.g.mod) ?? "")} in node_modules.`,
        )
      : t(
          `webpack 在 ${ic(c.g.dir ?? "")} 下按这个相对路径或别名找不到文件：路径、大小写或扩展名不对，或者别名没有在打包配置里声明。`,
          `webpack found no file for this relative path or alias under ${ic(c.g.dir ?? "")}: the path, its case or extension is wrong, or the alias is not declared in the bundler config.`,
        ),
  causes: [
    t("依赖没有安装，或安装在另一个目录（monorepo 的其他包）", "the dependency is not installed, or is installed in another folder (another monorepo package)"),
    t("文件名大小写与 import 不一致：macOS/Windows 上能构建，Linux CI 上失败", "the file name's case differs from the import: it builds on macOS/Windows and fails on Linux CI"),
    t("客户端代码导入了只能在 Node.js 中运行的模块（Next.js 文档特别指出这一点）", "client code imports a module that only runs in Node.js (Next.js's documentation calls this out)"),
  ],
  solutions: [
    {
      title: (c) => {
        const pkg = packageOf(c.g.mod);
        return pkg ? t(`安装 ${ic(pkg)}`, `Install ${ic(pkg)}`) : null;
      },
      when: (c) => packageOf(c.g.mod) !== null,
      steps: [t("在项目（包含 package.json 的目录）里安装，并确认它写进了 dependencies。", "Install it in the project (the folder with package.json) and check that it lands in dependencies.")],
      code: (c) => {
        const pkg = packageOf(c.g.mod);
        return pkg ? block("bash", [`npm install ${pkg}`]) : null;
      },
    },
    {
      title: t("检查路径、大小写与别名", "Check the path, its case and aliases"),
      when: (c) => packageOf(c.g.mod) === null,
      steps: [t("让 import 的路径与磁盘上的文件名完全一致；@/ 之类的别名需要在打包配置（resolve.alias 或 Next.js 读取的 tsconfig paths）里声明。", "Make the import match the file name on disk exactly; aliases such as @/ must be declared in the bundler config (resolve.alias, or the tsconfig paths that Next.js reads).")],
    },
    {
      title: t("Node.js 专用模块只在服务端代码里使用", "Use Node.js-only modules in server code only"),
      steps: [t("把用到 fs、数据库驱动等的代码移到服务端（API 路由、getServerSideProps、服务端组件），不要让客户端组件导入它。", "Move code that uses fs, database drivers and the like to the server (API routes, getServerSideProps, Server Components), and keep client components from importing it.")],
    },
  ],
  docs: ["https://github.com/vercel/next.js/blob/canary/errors/module-not-found.mdx", "https://webpack.js.org/configuration/resolve/#resolve-modules"],
  samples: [{ text: "ERROR in ./src/index.js 17:0-42\nModule not found: Error: Can't resolve 'fs' in 'C:\\Users\\dani_\\Workspaces\\Javascript\\making_with_ml\\discord_moderator\\node_modules\\require_optional'", source: "https://github.com/webpack/webpack/issues/9802" }],
});
