import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "webpack.invalid-configuration",
  category: "build.compile",
  match: [/Invalid (?<kind>configuration|options) object\. (?<tool>Webpack|Dev Server|[\w ]{1,40}) has been initialized using (?:a configuration|an options) object that does not match the API schema\.(?:\s{0,5}- (?<detail>[^\n]{1,300}))?/],
  title: (c) => (c.g.detail ? t(`webpack 配置不符合当前版本的结构：${ic(c.g.detail)}`, `The webpack config does not fit this version's schema: ${ic(c.g.detail)}`) : t("webpack 配置不符合当前版本的结构", "The webpack config does not fit this version's schema")),
  summary: t(
    "webpack（或 webpack-dev-server）在启动时按 JSON Schema 校验配置对象，下面每一行 - 指出一个不被接受的字段。最常见的原因是升级大版本后还在用旧配置：例如 webpack 5 删除了 node: { fs: 'empty' } 这类选项，dev-server 4 改掉了 contentBase 等选项。",
    "webpack (or webpack-dev-server) validates the configuration object against a JSON schema at start-up, and each - line names a field it rejects. Most often the config predates a major upgrade: webpack 5 removed options such as node: { fs: 'empty' }, and dev-server 4 renamed options like contentBase.",
  ),
  causes: [t("升级 webpack / webpack-dev-server 大版本后配置没有迁移", "the config was not migrated after a webpack / webpack-dev-server major upgrade"), t("选项名拼写错误或放在了错误的层级", "an option is misspelled or placed at the wrong level")],
  solutions: [
    { title: t("按报错列出的字段逐条修正", "Fix each field the message lists"), steps: [t("对照当前版本的配置文档和迁移指南修改被点名的字段（webpack 5 中 node 的 polyfill 选项改为 resolve.fallback）。", "Change each named field against the current version's configuration docs and migration guide (webpack 5 replaces the node polyfill options with resolve.fallback).")] },
  ],
  docs: ["https://webpack.js.org/migrate/5/#clean-up-configuration"],
  samples: [{ text: "[webpack-cli] Invalid configuration object. Webpack has been initialized using a configuration object that does not match the API schema.\n - configuration.node has an unknown property 'fs'. These properties are valid:\n   object { __dirname?, __filename?, global? }", source: "https://webpack.js.org/migrate/5/#clean-up-configuration" }],
});
