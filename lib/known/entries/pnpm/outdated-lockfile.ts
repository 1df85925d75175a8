import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "pnpm.outdated-lockfile",
  category: "dependency.install",
  match: [/ERR_PNPM_OUTDATED_LOCKFILE\s{1,4}Cannot install with "frozen-lockfile" because pnpm-lock\.yaml is not up[ -]to[ -]date with (?<manifest>[^\s]{1,200})/, "ERR_PNPM_OUTDATED_LOCKFILE"],
  title: (c) =>
    c.g.manifest ? t(`pnpm-lock.yaml 与 ${ic(c.g.manifest)} 不一致，冻结安装被拒绝`, `pnpm-lock.yaml does not match ${ic(c.g.manifest)}, so the frozen install is refused`) : t("pnpm-lock.yaml 与 package.json 不一致，冻结安装被拒绝", "pnpm-lock.yaml does not match package.json, so the frozen install is refused"),
  summary: t(
    "安装必须修改锁文件才能进行，而这次是冻结安装（--frozen-lockfile，CI 环境下默认开启），pnpm 不允许改锁文件。通常是有人改了某个 package.json 却没有运行 pnpm install，或者没有提交更新后的 pnpm-lock.yaml。",
    "The install could only proceed by changing the lockfile, but this is a frozen install (--frozen-lockfile, on by default in CI), where pnpm may not change it. Usually someone edited a package.json without running pnpm install, or did not commit the updated pnpm-lock.yaml.",
  ),
  causes: [
    t("package.json（monorepo 里可能是某个子包的 package.json）改了依赖或版本范围，锁文件没有随之更新", "a package.json (in a monorepo, possibly a sub-package's) changed a dependency or range and the lockfile was not updated"),
    t("更新后的 pnpm-lock.yaml 没有提交，或被 .gitignore 忽略了", "the updated pnpm-lock.yaml was not committed, or .gitignore excludes it"),
    t("本地与 CI 使用的 pnpm 大版本不同，对锁文件的理解不一致", "local and CI run different pnpm majors, which read the lockfile differently"),
  ],
  solutions: [
    {
      title: t("在本地运行 pnpm install 并提交锁文件（pnpm 文档的修复方法）", "Run pnpm install locally and commit the lockfile (pnpm's documented fix)"),
      steps: [t("用与 CI 相同的 pnpm 版本在仓库根目录运行 pnpm install，提交 pnpm-lock.yaml 的变化；报错里若给出 Failure reason，就是需要同步的那几个依赖。", "Run pnpm install in the repository root with the same pnpm version as CI and commit the pnpm-lock.yaml changes; the Failure reason, if printed, names the dependencies that drifted.")],
      code: () => block("bash", ["pnpm --version", "pnpm install", "git add pnpm-lock.yaml"]),
    },
    {
      title: t("固定 pnpm 版本，避免本地与 CI 不一致", "Pin the pnpm version so local and CI agree"),
      steps: [t("在 package.json 里写 packageManager 字段（如 pnpm@9.x.y），由 Corepack 或 CI 的 pnpm/action-setup 读取使用同一个版本。", "Set the packageManager field in package.json (pnpm@9.x.y, for example) so Corepack or pnpm/action-setup in CI use the same version.")],
    },
  ],
  docs: ["https://pnpm.io/errors", "https://github.com/pnpm/action-setup/issues/40"],
  samples: [
    {
      text: "Scope: 15 of 23 workspace projects\nLockfile is up to date, resolution step is skipped\n ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with \"frozen-lockfile\" because pnpm-lock.yaml is not up to date with packages/webapp-libs/webapp-core/package.json\n\nNote that in CI environments this setting is true by default. If you still need to run install in such cases, use \"pnpm install --no-frozen-lockfile\"\nError: Process completed with exit code 1.",
      source: "https://github.com/apptension/saas-boilerplate/issues/186",
    },
  ],
});
