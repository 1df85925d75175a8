import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "rails.webpacker-cannot-find-entry",
  category: "build.compile",
  match: [/Webpacker can't find (?<entry>[\w./-]{1,150}) in (?<manifest>[^\n]{1,300}?manifest\.json)/],
  title: (c) => t(`Webpacker 的 manifest.json 里没有 ${ic(c.g.entry ?? "")}：前端资源还没编译`, `Webpacker's manifest.json has no ${ic(c.g.entry ?? "")}: the front-end assets were not compiled`),
  summary: t(
    "javascript_pack_tag / stylesheet_pack_tag 按 public/packs/manifest.json 查找编译后的文件。manifest 里没有这个入口，说明 webpack 没有运行（或运行失败），或者 webpacker.yml 的配置（compile、source_entry_path）与实际不符；报错信息里打印的 manifest 内容常常是空的 {}。",
    "javascript_pack_tag / stylesheet_pack_tag look compiled files up in public/packs/manifest.json. The entry is missing, so webpack has not run (or failed), or webpacker.yml (compile, source_entry_path) does not match the project; the manifest printed in the error is often just {}.",
  ),
  causes: [
    t("没有安装 JS 依赖（yarn/npm install），webpack 无法运行", "JS dependencies are not installed (yarn/npm install), so webpack cannot run"),
    t("当前环境 webpacker.yml 里 compile: false，又没有预编译或运行 webpack-dev-server", "compile: false in webpacker.yml for this environment with no precompile or webpack-dev-server"),
    t("部署时没有执行资源预编译，或 public/packs 没有被带上", "the deployment skipped asset precompilation, or public/packs was not shipped"),
    t("入口文件名与 app/javascript/packs 下的文件不一致", "the entry name does not match a file under app/javascript/packs"),
  ],
  solutions: [
    {
      title: t("安装 JS 依赖并编译 packs", "Install JS dependencies and compile the packs"),
      steps: [t("编译失败时终端会显示 webpack 的真实错误；开发环境也可以运行 bin/webpack-dev-server。", "If compilation fails the terminal shows webpack's real error; in development you can also run bin/webpack-dev-server.")],
      code: () => block("bash", ["yarn install", "bundle exec rails webpacker:compile", "cat public/packs/manifest.json"]),
    },
  ],
  docs: ["https://github.com/rails/webpacker/issues/2698", "https://github.com/rails/webpacker/issues/671"],
  samples: [{ text: "ActionView::Template::Error (Webpacker can't find application in /app/public/packs/manifest.json. Possible causes:\n1. You want to set webpacker.yml value of compile to true for your environment\n   unless you are using the `webpack -w` or the webpack-dev-server.\n2. webpack has not yet re-run to reflect updates.\n3. You have misconfigured Webpacker's config/webpacker.yml file.\n4. Your webpack configuration is not creating a manifest.\nYour manifest contains:\n{\n}", source: "https://github.com/rails/webpacker/issues/2478" }],
});
