import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "npm.ci-lockfile-out-of-sync",
  category: "dependency.install",
  match: [/`?npm ci`? can only install packages when your package\.json and package-lock\.json(?: or npm-shrinkwrap\.json)? are in sync[\s\S]{0,300}?(?:Missing: (?<missing>[@\w./-]{1,100}@[\w.+-]{1,40}) from lock file|Invalid: lock file's (?<invalid>[@\w./-]{1,100}@[\w.+-]{1,40}) does not satisfy (?<want>[^\n]{1,100}))?/],
  title: (c) =>
    c.g.missing
      ? t(`package-lock.json 缺少 ${ic(c.g.missing)}，npm ci 拒绝安装`, `package-lock.json lacks ${ic(c.g.missing)}, so npm ci refuses to install`)
      : t("package.json 与 package-lock.json 不同步，npm ci 拒绝安装", "package.json and package-lock.json are out of sync, so npm ci refuses to install"),
  summary: t(
    "npm ci 只按锁文件安装，从不改写它；只要 package.json 里的依赖与 package-lock.json 对不上，它就直接退出。通常是改了 package.json（或用别的包管理器装了依赖）却没有提交更新后的 package-lock.json。",
    "npm ci installs exactly what the lockfile says and never rewrites it, so it exits as soon as package.json and package-lock.json disagree. Usually package.json was changed (or dependencies were added with another package manager) without committing the updated package-lock.json.",
  ),
  causes: [
    t("新增或修改了依赖，但 package-lock.json 没有随之更新并提交", "a dependency was added or changed, but package-lock.json was not updated and committed with it"),
    t("本地用 pnpm/yarn 安装，只更新了它们自己的锁文件", "dependencies were installed locally with pnpm or yarn, which only updated their own lockfiles"),
    t("生成锁文件时用了 --legacy-peer-deps 等会改变依赖树的选项，而 npm ci 没有带同样的选项", "the lockfile was created with tree-changing flags such as --legacy-peer-deps, and npm ci runs without them"),
  ],
  solutions: [
    {
      title: t("在本地更新锁文件并提交", "Update the lockfile locally and commit it"),
      steps: [t("用与 CI 相同大版本的 npm 运行 npm install（只改锁文件可加 --package-lock-only），确认 npm ci 能通过后提交 package-lock.json。", "Run npm install with the same npm major as CI (add --package-lock-only to touch only the lockfile), check that npm ci passes, then commit package-lock.json.")],
      code: () => block("bash", ["npm install --package-lock-only", "npm ci --dry-run", "git add package-lock.json"]),
    },
    {
      title: t("如果依赖树是用特殊选项生成的，把选项写进 .npmrc", "If the tree was built with special flags, record them in .npmrc"),
      steps: [t("npm 文档要求 npm ci 使用与生成锁文件时相同的选项，例如把 legacy-peer-deps=true 写进项目 .npmrc 并提交。", "npm's documentation requires npm ci to get the same flags the lockfile was made with, e.g. commit legacy-peer-deps=true in the project's .npmrc.")],
    },
  ],
  docs: ["https://github.com/npm/cli/blob/latest/docs/lib/content/commands/npm-ci.md"],
  samples: [
    {
      text: "npm error code EUSAGE\nnpm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.\nnpm error\nnpm error Missing: @tauri-apps/plugin-opener@2.5.4 from lock file",
      source: "https://github.com/npm/cli/blob/latest/docs/lib/content/commands/npm-ci.md",
    },
  ],
});
