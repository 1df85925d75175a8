import { block, defineKnownError, ic, t } from "../../define";

const packageOf = (mod: string | undefined): string | null => {
  if (!mod || /^(?:[./~#]|@\/|\/)/.test(mod)) return null;
  const m = /^(@[\w.-]{1,100}\/[\w.-]{1,100}|[\w.-]{1,100})/.exec(mod);
  return m ? m[1]! : null;
};

export default defineKnownError({
  id: "vite.rollup-failed-to-resolve",
  category: "dependency.missing",
  // The message offers build.rollupOptions.external, but it also says the failure is most likely unintended.
  printedFixIsWrong: true,
  match: [/Rollup failed to resolve import "(?<mod>[^"\n]{1,200})" from "(?<from>[^"\n]{1,300})"/],
  title: (c) => t(`生产构建解析不到 ${ic(c.g.mod ?? "")}`, `The production build cannot resolve ${ic(c.g.mod ?? "")}`),
  summary: t(
    "vite build 用 Rollup 打包时找不到这个导入。报错里建议的 build.rollupOptions.external 只适用于你确实想把它排除在包外（由运行环境提供）的情况；正如报错所说，这多半不是有意为之，外部化后运行时仍会缺这个模块。",
    "vite build (Rollup) could not resolve this import. The build.rollupOptions.external suggestion only fits a module you really want left out of the bundle (provided by the runtime); as the message itself says, this is most likely unintended, and externalising it leaves the module missing at run time.",
  ),
  causes: [
    t("依赖没有安装，或只在开发环境的其他位置能被找到（monorepo 未构建的工作区包）", "the dependency is not installed, or is only reachable elsewhere in dev (an unbuilt monorepo workspace package)"),
    t("工作区包的 package.json 入口（main/exports）指向尚未构建的 dist 文件", "a workspace package's entry (main/exports) points at a dist file that has not been built"),
  ],
  solutions: [
    {
      title: (c) => (packageOf(c.g.mod) ? t(`确认 ${ic(packageOf(c.g.mod) ?? "")} 已安装并可解析`, `Make sure ${ic(packageOf(c.g.mod) ?? "")} is installed and resolvable`) : t("修正导入路径", "Fix the import path")),
      steps: [t("安装缺失的依赖；如果是工作区包，先构建它或让它的入口指向存在的文件。只有确定运行环境会提供该模块时才把它加入 external。", "Install the missing dependency; for a workspace package, build it first or point its entry at an existing file. Add it to external only when the runtime really provides the module.")],
      code: (c) => {
        const pkg = packageOf(c.g.mod);
        return pkg ? block("bash", [`npm ls ${pkg}`, `npm install ${pkg}`]) : null;
      },
    },
  ],
  docs: ["https://v6.vite.dev/guide/troubleshooting"],
  samples: [
    {
      text: "error during build:\nError: [vite]: Rollup failed to resolve import \"@hls-downloader/core/lib/store\" from \"/Users/devalias/dev/hls-downloader/src/background/src/index.ts\".\nThis is most likely unintended because it can break your application at runtime.\nIf you do want to externalize this module explicitly add it to\n`build.rollupOptions.external`",
      source: "https://github.com/puemos/hls-downloader/issues/330",
    },
  ],
});
