import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "npm.ebadengine",
  category: "dependency.install",
  // The warning block only when no other npm error follows it; engine-strict prints `code EBADENGINE` itself.
  match: [/EBADENGINE Unsupported engine[\s\S]{0,200}?package: '(?<pkg>[@\w./-]{1,100})@(?<ver>[\w.+-]{1,40})'[\s\S]{0,120}?required: \{ (?<engine>node|npm): '(?<want>[^'\n]{1,80})' \}[\s\S]{0,120}?current: \{ node: '(?<node>v?[\w.]{1,20})'(?![\s\S]{0,3000}?\nnpm (?:ERR!|error) (?!(?:code )?EBADENGINE|engine |notsup ))/, /npm (?:ERR!|error) code EBADENGINE/],
  title: (c) =>
    c.g.pkg
      ? t(`${ic(`${c.g.pkg}@${c.g.ver}`)} 要求 ${c.g.engine} ${ic(c.g.want ?? "")}，当前 Node.js 是 ${ic(c.g.node ?? "")}`, `${ic(`${c.g.pkg}@${c.g.ver}`)} requires ${c.g.engine} ${ic(c.g.want ?? "")}; you run Node.js ${ic(c.g.node ?? "")}`)
      : t("依赖声明的 Node.js/npm 版本要求与当前环境不符（EBADENGINE）", "A dependency's Node.js/npm version requirement does not match this environment (EBADENGINE)"),
  summary: t(
    "包在 package.json 的 engines 字段声明了支持的 Node.js/npm 版本。npm 默认只警告（npm WARN EBADENGINE），设置了 engine-strict 时则作为错误停止安装；无论哪种，这个包在当前版本上都可能无法正常运行。",
    "The package declares the Node.js/npm versions it supports in the engines field of package.json. npm only warns by default (npm WARN EBADENGINE) and fails the install when engine-strict is set; either way the package may not work on this version.",
  ),
  causes: [t("当前 Node.js 版本低于依赖要求的最低版本（新版本的构建工具常常要求较新的 Node.js LTS）", "the Node.js in use is older than the dependency's minimum (new releases of build tools often require a recent Node.js LTS)"), t("CI 或容器镜像里的 Node.js 版本与本地不同", "CI or the container image runs a different Node.js than your machine")],
  solutions: [
    { title: t("升级 Node.js 到满足 required 的版本", "Upgrade Node.js to a version that satisfies \"required\""), steps: [t("用 nvm 等工具切换到满足要求的 Node.js LTS，并同步修改 CI 和 Dockerfile 里的版本；项目里可以用 .nvmrc 或 engines 字段记录它。", "Switch to a Node.js LTS that satisfies the range with nvm or similar, and update CI and the Dockerfile to match; record it for the project in .nvmrc or the engines field.")] },
    { title: t("或者把该依赖固定到支持当前 Node.js 的旧版本", "Or pin the dependency to an older release that supports your Node.js"), steps: [t("查看依赖的发布说明，找到仍支持当前 Node.js 的最后一个版本并固定它。", "Check the dependency's release notes for the last version that supports your Node.js and pin it.")] },
  ],
  docs: ["https://github.com/npm/cli/blob/latest/docs/lib/content/configuring-npm/package-json.md"],
  samples: [{ text: "npm WARN EBADENGINE Unsupported engine {\nnpm WARN EBADENGINE   package: 'vite@5.0.0',\nnpm WARN EBADENGINE   required: { node: '^18.0.0 || >=20.0.0' },\nnpm WARN EBADENGINE   current: { node: 'v16.20.0', npm: '8.19.4' }\nnpm WARN EBADENGINE }", source: "https://github.com/npm/cli/blob/latest/docs/lib/content/configuring-npm/package-json.md" }],
});
