import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pnpm.frozen-lockfile-incompatible",
  category: "dependency.install",
  match: [/ERR_PNPM_FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE\s{1,4}Cannot perform a frozen installation because (?<why>the version of the lockfile is incompatible with this version of pnpm|the lockfile needs updates)/, "ERR_PNPM_FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE"],
  title: (c) =>
    c.g.why?.startsWith("the version")
      ? t("锁文件格式版本与当前 pnpm 不兼容，冻结安装失败", "The lockfile format does not match this pnpm version, so the frozen install fails")
      : t("冻结安装失败：pnpm-lock.yaml 需要更新", "The frozen install fails: pnpm-lock.yaml needs updates"),
  summary: t(
    "冻结安装（CI 默认）不允许改写 pnpm-lock.yaml，而这份锁文件要么是另一个 pnpm 大版本写的（lockfileVersion 不同），要么与当前依赖声明不一致。最常见的是本地和 CI 跑着不同大版本的 pnpm。",
    "A frozen install (the CI default) may not rewrite pnpm-lock.yaml, and this lockfile was either written by another pnpm major (a different lockfileVersion) or no longer matches the declared dependencies. Most often local and CI run different pnpm majors.",
  ),
  causes: [
    t("生成锁文件的 pnpm 与 CI 中安装用的 pnpm 大版本不同", "the pnpm that wrote the lockfile and the one installing in CI are different majors"),
    t("依赖声明改了但锁文件没更新", "dependency declarations changed without updating the lockfile"),
  ],
  solutions: [
    {
      title: t("统一 pnpm 版本：写进 packageManager 字段", "Use one pnpm version everywhere: set packageManager"),
      steps: [t("在 package.json 里声明 packageManager（例如 pnpm@9.15.0），CI 用 Corepack 或 pnpm/action-setup 读取它，本地也用同一版本重新 pnpm install 并提交锁文件。", "Declare packageManager in package.json (pnpm@9.15.0, for example), let CI pick it up through Corepack or pnpm/action-setup, run pnpm install locally with that same version and commit the lockfile.")],
      code: () => block("bash", ["corepack enable", "pnpm --version", "pnpm install", "git add package.json pnpm-lock.yaml"]),
    },
  ],
  docs: ["https://github.com/pnpm/pnpm/issues/6307", "https://github.com/pnpm/action-setup/issues/40"],
  samples: [
    {
      text: "ERR_PNPM_FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE  Cannot perform a frozen installation because the lockfile needs updates\n\nNote that in CI environments this setting is true by default. If you still need to run install in such cases, use \"pnpm install --no-frozen-lockfile\"\nError: Process completed with exit code 1.",
      source: "https://github.com/hyoban/rss-to-bot/issues/2",
    },
  ],
});
