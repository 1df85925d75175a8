import { block, defineKnownError, ic, t } from "../../define";

/** The first package name of "Ignored build scripts: a@1.0.0, b." */
const firstOf = (list: string | undefined): string | null => {
  const m = list ? /^(@[\w.-]{1,100}\/[\w.-]{1,100}|[\w.-]{1,100})/.exec(list.trim()) : null;
  return m ? m[1]! : null;
};

export default defineKnownError({
  id: "pnpm.ignored-builds",
  category: "dependency.install",
  match: [/Ignored build scripts: (?<list>[@\w./, -]{1,400}?)\.?[\s│]{0,200}Run "pnpm approve-builds"/, "ERR_PNPM_IGNORED_BUILDS"],
  title: (c) => (c.g.list ? t(`pnpm 没有运行这些依赖的构建脚本：${ic(c.g.list)}`, `pnpm did not run the build scripts of ${ic(c.g.list)}`) : t("pnpm 没有运行依赖的构建脚本", "pnpm did not run dependencies' build scripts")),
  summary: t(
    "pnpm 10 起默认不再执行依赖包的安装脚本（postinstall 等），除非项目明确批准；pnpm 11 把它升级为 ERR_PNPM_IGNORED_BUILDS 错误。需要在安装时下载或编译原生二进制的包（esbuild、sharp、better-sqlite3 等）没被批准就会缺文件，运行时才出错。",
    "Since pnpm 10, dependencies' install scripts (postinstall and friends) do not run unless the project approves them, and pnpm 11 turns this into the ERR_PNPM_IGNORED_BUILDS error. Packages that download or compile a native binary at install time (esbuild, sharp, better-sqlite3…) then miss files and fail only when used.",
  ),
  causes: [
    t("项目升级到 pnpm 10/11 后，还没有把需要构建的依赖列入允许名单", "the project moved to pnpm 10/11 and has not listed the dependencies that must build"),
    t("CI 里无法交互运行 pnpm approve-builds，本地批准的结果又没有提交", "pnpm approve-builds is interactive and cannot run in CI, and the local approval was not committed"),
  ],
  solutions: [
    {
      title: t("批准确实需要构建的依赖并提交配置", "Approve the dependencies that really need to build and commit the setting"),
      steps: [
        t("本地运行 pnpm approve-builds 选择要放行的包；它会写入 pnpm-workspace.yaml（pnpm 10 为 onlyBuiltDependencies，pnpm 11 为 allowBuilds），把该文件提交后 CI 也会生效。", "Run pnpm approve-builds locally and pick the packages to allow; it writes pnpm-workspace.yaml (onlyBuiltDependencies on pnpm 10, allowBuilds on pnpm 11). Commit that file so CI uses it too."),
        t("只放行你认识且需要的包：这个默认限制是为了防止依赖在安装时执行恶意脚本。", "Allow only packages you know and need: the default exists to stop dependencies from running malicious install scripts."),
      ],
      code: (c) => {
        const first = firstOf(c.g.list);
        return block("bash", ["pnpm approve-builds", "git add pnpm-workspace.yaml", first ? `pnpm rebuild ${first}` : null]);
      },
    },
  ],
  docs: ["https://pnpm.io/zh/cli/approve-builds", "https://github.com/pnpm/pnpm/issues/9045"],
  samples: [
    {
      text: "╭ Warning ───────────────────────────────────────────────────────────────────────────────────╮\n│                                                                                            │\n│   Ignored build scripts: esbuild.                                                          │\n│   Run \"pnpm approve-builds\" to pick which dependencies should be allowed to run scripts.   │\n│                                                                                            │\n╰────────────────────────────────────────────────────────────────────────────────────────────╯\n\nDone in 2.1s using pnpm v10.10.0",
      source: "https://github.com/pnpm/pnpm/issues/9488",
    },
    { text: "[ERR_PNPM_IGNORED_BUILDS] Ignored build scripts: @apify/ui-icons, @swc/core, core-js, unrs-resolver", source: "https://github.com/apify/apify-client-python/pull/842" },
  ],
});
