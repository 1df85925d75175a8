import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "yarn.lockfile-immutable",
  category: "dependency.install",
  match: [/YN0028:[^\n]{0,10}The lockfile would have been (?<what>modified|created) by this install, which is explicitly forbidden/, "Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`"],
  title: (c) =>
    c.g.what === "created" ? t("CI 中没有找到 yarn.lock，不可变安装拒绝创建它", "No yarn.lock was found in CI, and the immutable install refuses to create one") : t("安装需要改写 yarn.lock，但不可变安装禁止修改", "The install would rewrite yarn.lock, which an immutable install forbids"),
  summary: t(
    "Yarn 2+ 在 CI 里默认以 --immutable 运行（Yarn 1 对应 --frozen-lockfile）：如果安装结果会改变 yarn.lock，就直接失败。日志里 YN0028 前面的 +/- 差异行就是会被改动的条目。",
    "Yarn 2+ runs with --immutable by default in CI (--frozen-lockfile in Yarn 1): if installing would change yarn.lock, it fails. The +/- diff lines logged with YN0028 are the entries that would change.",
  ),
  causes: [
    t("package.json 改了依赖，但没有提交更新后的 yarn.lock", "package.json changed its dependencies, but the updated yarn.lock was not committed"),
    t("本地与 CI 的 Yarn 版本不同，同一个依赖算出的解析结果或补丁哈希不同（TypeScript 的内置补丁常见）", "local and CI run different Yarn versions, which resolve a dependency or hash a builtin patch differently (TypeScript's builtin patch is a common case)"),
    t("CI 在子目录里运行，找不到仓库根目录的 yarn.lock（会提示 would have been created）", "CI runs in a subfolder and cannot see the root yarn.lock (the message then says \"would have been created\")"),
  ],
  solutions: [
    {
      title: t("用与 CI 相同的 Yarn 版本在本地安装并提交 yarn.lock", "Install locally with the same Yarn version as CI and commit yarn.lock"),
      steps: [t("用 packageManager 字段固定 Yarn 版本（Corepack 会遵守），本地运行 yarn install，把 yarn.lock 的变化提交。", "Pin Yarn with the packageManager field (Corepack honours it), run yarn install locally and commit the yarn.lock changes.")],
      code: () => block("bash", ["corepack enable", "yarn --version", "yarn install", "git add yarn.lock"]),
    },
  ],
  docs: ["https://github.com/yarnpkg/berry/issues/2948"],
  samples: [
    {
      text: "14:23:30.406 | ➤ YN0028: │ +  linkType: hard\n14:23:30.406 | ➤ YN0000: │\n14:23:30.407 | ➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.\n14:23:30.407 | ➤ YN0000: └ Completed\n14:23:30.407 | ➤ YN0000: · Failed with errors in 0s 129ms",
      source: "https://github.com/jonssonyan/cf-workers-proxy/issues/16",
    },
  ],
});
