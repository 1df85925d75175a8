import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "webpack.appropriate-loader",
  category: "build.compile",
  match: [/(?:Module parse failed: (?<why>[^\n]{1,120})[\s\S]{0,400}?)?You may need an appropriate loader to handle this file type/],
  title: (c) => (c.g.why ? t(`webpack 无法解析这个文件（${ic(c.g.why)}）：缺少对应的 loader`, `webpack cannot parse this file (${ic(c.g.why)}): no loader handles it`) : t("webpack 没有为这种文件配置 loader", "webpack has no loader configured for this file type")),
  summary: t(
    "webpack 只认识普通 JavaScript 和 JSON；其他内容（JSX、TypeScript、CSS、图片，或比 webpack 解析器更新的 JavaScript 语法）必须由 loader 先转换。这个文件没有匹配到任何规则，或者匹配的规则把它排除了（常见的是 exclude: /node_modules/ 排除了一个发布了新语法的依赖）。",
    "webpack only understands plain JavaScript and JSON; anything else (JSX, TypeScript, CSS, images, or JavaScript syntax newer than webpack's parser) must be transformed by a loader first. This file matched no rule, or its rule excluded it (typically exclude: /node_modules/ skipping a dependency that ships newer syntax).",
  ),
  causes: [
    t("依赖包发布了较新的语法（可选链 ?.、空值合并 ??、类字段），而旧版 webpack 4 的解析器不支持，且 babel-loader 排除了 node_modules", "a dependency ships newer syntax (optional chaining ?., nullish coalescing ??, class fields) that webpack 4's parser does not support, and babel-loader excludes node_modules"),
    t("webpack 配置里没有处理 .jsx/.tsx/.css/图片等扩展名的规则", "the webpack config has no rule for .jsx/.tsx/.css/image files"),
  ],
  solutions: [
    {
      title: t("为这种文件添加 loader 规则，或让它转译这个依赖", "Add a loader rule for the file type, or have it transpile that dependency"),
      steps: [
        t("看报错里的文件路径：自己的 .jsx/.ts/.css 文件就为该扩展名添加 babel-loader/ts-loader/css-loader 规则；node_modules 里的文件说明依赖用了新语法，需要把它从 exclude 中放行，或升级到 webpack 5 / 新版脚手架。", "Look at the file path: for your own .jsx/.ts/.css files add a babel-loader/ts-loader/css-loader rule for the extension; a file under node_modules means the dependency uses newer syntax, so let it through the exclude or upgrade to webpack 5 / a newer scaffold."),
      ],
    },
  ],
  docs: ["https://webpack.js.org/concepts#loaders"],
  samples: [{ text: "/work/node_modules/react-data-grid/lib/bundle.js\nModule parse failed: Unexpected token (61:16)\nYou may need an appropriate loader to handle this file type, currently no loaders are configured to process this file. See https://webpack.js.org/concepts#loaders", source: "https://github.com/graphile/starter/issues/318" }],
});
