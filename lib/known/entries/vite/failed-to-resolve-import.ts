import { block, defineKnownError, ic, t } from "../../define";

const packageOf = (mod: string | undefined): string | null => {
  if (!mod || /^(?:[./~#]|@\/|\/)/.test(mod)) return null;
  const m = /^(@[\w.-]{1,100}\/[\w.-]{1,100}|[\w.-]{1,100})/.exec(mod);
  return m ? m[1]! : null;
};

export default defineKnownError({
  id: "vite.failed-to-resolve-import",
  category: "dependency.missing",
  match: [/Failed to resolve import "(?<mod>[^"\n]{1,200})" from "(?<from>[^"\n]{1,300})"\. Does the file exist\?/],
  title: (c) => t(`Vite 解析不到 ${ic(c.g.from ?? "")} 中导入的 ${ic(c.g.mod ?? "")}`, `Vite cannot resolve ${ic(c.g.mod ?? "")} imported from ${ic(c.g.from ?? "")}`),
  summary: (c) =>
    packageOf(c.g.mod)
      ? t(`Vite 的导入分析（vite:import-analysis）在 node_modules 里找不到包 ${ic(packageOf(c.g.mod) ?? "")}：它没有安装在这个项目里。`, `Vite's import analysis (vite:import-analysis) found no package ${ic(packageOf(c.g.mod) ?? "")} in node_modules: it is not installed in this project.`)
      : t("Vite 的导入分析找不到这个相对路径或别名对应的文件：路径或大小写不对、文件还没生成，或者别名没有在 vite.config 的 resolve.alias 里声明（tsconfig 的 paths 只影响类型检查）。", "Vite's import analysis found no file for this relative path or alias: the path or its case is wrong, the file is not generated yet, or the alias is not declared in vite.config's resolve.alias (tsconfig paths only affect type checking)."),
  causes: [
    t("依赖没有安装（或装在 monorepo 的另一个包里）", "the dependency is not installed (or lives in another monorepo package)"),
    t("别名（如 @/）只写在 tsconfig 里，没有写进 vite.config 的 resolve.alias", "an alias (such as @/) exists only in tsconfig, not in vite.config's resolve.alias"),
    t("路径或文件名大小写写错，或文件需要先由构建/代码生成步骤产生", "the path or file-name case is wrong, or the file must first be produced by a build or codegen step"),
  ],
  solutions: [
    {
      title: (c) => {
        const pkg = packageOf(c.g.mod);
        return pkg ? t(`安装 ${ic(pkg)}`, `Install ${ic(pkg)}`) : null;
      },
      when: (c) => packageOf(c.g.mod) !== null,
      steps: [t("在包含 vite.config 的项目里安装后重启开发服务器。", "Install it in the project that holds vite.config, then restart the dev server.")],
      code: (c) => {
        const pkg = packageOf(c.g.mod);
        return pkg ? block("bash", [`npm install ${pkg}`]) : null;
      },
    },
    {
      title: t("在 vite.config 里声明别名，或修正路径", "Declare the alias in vite.config, or fix the path"),
      when: (c) => packageOf(c.g.mod) === null,
      steps: [t("相对路径要与磁盘上的文件一致；别名在 resolve.alias 里映射到真实目录。", "Relative paths must match the file on disk; map aliases to real folders in resolve.alias.")],
      code: () =>
        block("typescript", [
          'import { fileURLToPath, URL } from "node:url";',
          'import { defineConfig } from "vite";',
          "",
          "export default defineConfig({",
          '  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },',
          "});",
        ]),
    },
  ],
  docs: ["https://v6.vite.dev/guide/troubleshooting", "https://github.com/vitejs/vite/issues/9357"],
  samples: [{ text: "11:26:29 PM [vite] Internal server error: Failed to resolve import \"js-md5\" from \"src/main.ts\". Does the file exist?", source: "https://github.com/DefinitelyTyped/DefinitelyTyped/issues/63526" }],
});
