import { block, defineKnownError, ic, t } from "../../define";

/** A shell word: package specs are left bare when shell-safe, quoted otherwise. */
const word = (s: string): string => (/^[\w@./-]{1,200}$/.test(s) ? s : `'${s.replace(/'/g, "")}'`);

export default defineKnownError({
  id: "npm.eresolve",
  category: "dependency.install",
  match: [
    /ERESOLVE (?:unable to resolve dependency tree|could not resolve)[\s\S]{0,1500}?Could not resolve dependency:\s*(?:npm (?:ERR!|error)\s*)?(?:peer|peerOptional) (?<peer>[@\w./-]{1,100})@"(?<range>[^"\n]{1,80})" from (?<from>[@\w./-]{1,100})@(?<fromv>[\w.+-]{1,40})[\s\S]{0,1500}?Fix the upstream dependency conflict/,
    // npm ≥ 7.8 frames every ERESOLVE report with these lines; a bare "code ERESOLVE" is left to the category report.
    /ERESOLVE (?:unable to resolve dependency tree|could not resolve)[\s\S]{0,3000}?(?:While resolving: |Fix the upstream dependency conflict)/,
  ],
  title: (c) =>
    c.g.peer && c.g.from
      ? t(`${ic(`${c.g.from}@${c.g.fromv}`)} 要求 peer ${ic(`${c.g.peer}@${c.g.range}`)}，与项目里的版本冲突`, `${ic(`${c.g.from}@${c.g.fromv}`)} wants peer ${ic(`${c.g.peer}@${c.g.range}`)}, which conflicts with the project`)
      : t("npm 无法解出满足所有 peer 依赖的依赖树（ERESOLVE）", "npm cannot build a dependency tree that satisfies every peer dependency (ERESOLVE)"),
  summary: (c) =>
    t(
      `npm 7 起会自动安装并严格校验 peerDependencies。${c.g.from ? `${ic(c.g.from)} 声明它只兼容 ${ic(`${c.g.peer}@${c.g.range}`)}，而项目（Found: 那一行）用的是另一个版本` : "某个包声明的 peer 版本范围与项目里实际安装的版本不相容"}，npm 拒绝生成一棵可能坏掉的依赖树。`,
      `Since npm 7, peerDependencies are installed and enforced. ${c.g.from ? `${ic(c.g.from)} declares it only works with ${ic(`${c.g.peer}@${c.g.range}`)}, while the project (the "Found:" line) has another version` : "a package declares a peer range that the version installed in the project does not satisfy"}, so npm refuses to build a tree that may be broken.`,
    ),
  causes: [
    t("插件/适配包的版本太旧，它的 peer 范围还停在宿主包（eslint、react、webpack…）的上一个大版本", "the plugin or adapter is too old: its peer range still names the previous major of the host package (eslint, react, webpack…)"),
    t("宿主包被单独升级了大版本，而依赖它的插件没有一起升级", "the host package was upgraded a major version on its own, without the plugins that depend on it"),
    t("npm 6 时代留下的项目：旧 npm 不校验 peer，冲突一直存在只是没报错", "a project from the npm 6 era: old npm did not check peers, so the conflict was always there but never reported"),
  ],
  solutions: [
    {
      title: (c) => (c.g.from ? t(`升级 ${ic(c.g.from)} 到兼容当前版本的发布`, `Upgrade ${ic(c.g.from)} to a release that supports your version`) : t("把冲突的包升级到相互兼容的版本", "Upgrade the conflicting packages to versions that agree")),
      steps: [
        t("查看最新版声明的 peerDependencies，选一个接受项目当前版本的发布，一起升级。npm explain 能显示谁把冲突的包拉了进来。", "Check the peerDependencies of the latest release, pick one that accepts the project's version, and upgrade them together. npm explain shows who pulled the conflicting package in."),
      ],
      code: (c) => (c.g.from && c.g.peer ? block("bash", [`npm view ${word(c.g.from)} peerDependencies`, `npm explain ${word(c.g.peer)}`, `npm install ${word(`${c.g.from}@latest`)}`]) : null),
    },
    {
      title: t("确认无碍后，再用 --legacy-peer-deps 绕过", "Only if you accept the risk: bypass with --legacy-peer-deps"),
      steps: [
        t("--legacy-peer-deps 按 npm 6 的方式完全忽略 peer 依赖，--force 则强行接受冲突；两者都可能装出运行时才暴露问题的依赖树。", "--legacy-peer-deps ignores peer dependencies the way npm 6 did, and --force accepts the conflict; both can install a tree that fails only at run time."),
        t("如果采用，把它写进项目的 .npmrc 并提交，否则 CI 里的 npm ci 会再次失败。", "If you adopt it, write it to the project's .npmrc and commit it, or npm ci in CI fails again."),
      ],
      code: () => block("bash", ["npm config set legacy-peer-deps=true --location=project", "git add .npmrc"]),
    },
  ],
  docs: ["https://github.com/npm/cli/issues/3236", "https://github.com/npm/cli/issues/2000", "https://github.com/npm/cli/blob/latest/docs/lib/content/commands/npm-ci.md"],
  samples: [
    {
      text: "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR!\nnpm ERR! While resolving: ant-design-pro@4.0.0\nnpm ERR! Found: antd@3.26.20\nnpm ERR! node_modules/antd\nnpm ERR! antd@\"^3.23.6\" from the root project\nnpm ERR!\nnpm ERR! Could not resolve dependency:\nnpm ERR! peer antd@\"4.x\" from @ant-design/pro-layout@4.11.4\nnpm ERR! node_modules/@ant-design/pro-layout\nnpm ERR! @ant-design/pro-layout@\"^4.10.13\" from the root project\nnpm ERR!\nnpm ERR! Fix the upstream dependency conflict, or retry\nnpm ERR! this command with --force, or --legacy-peer-deps\nnpm ERR! to accept an incorrect (and potentially broken) dependency resolution.",
      source: "https://github.com/omnipotent-front-end/blog/issues/26",
    },
  ],
});
