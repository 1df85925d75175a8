import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "esbuild.no-loader-node-files",
  category: "build.compile",
  match: [/No loader is configured for "\.node" files: (?<file>[^\s]{1,300})/],
  title: t("esbuild 不能打包原生插件 .node 文件", "esbuild cannot bundle a native .node addon"),
  summary: (c) =>
    t(
      `${c.g.file ? ic(c.g.file) : "这个 .node 文件"} 是编译好的 Node 原生插件（二进制），不是 JavaScript；esbuild 默认没有处理 .node 的加载器，所以打包失败。`,
      `${c.g.file ? ic(c.g.file) : "The .node file"} is a compiled Node native addon (a binary), not JavaScript; esbuild has no loader for .node files by default, so bundling fails.`,
    ),
  causes: [
    t("某个依赖（如 argon2、onnxruntime-node、fsevents、ssh2）带有原生插件并在代码里 require 它", "a dependency (argon2, onnxruntime-node, fsevents, ssh2 …) ships a native addon and requires it"),
    t("为浏览器打包时引入了只能在 Node 上运行的包", "a Node-only package was pulled into a browser bundle"),
  ],
  solutions: [
    {
      title: t("把带原生插件的包设为 external", "Mark the package with the native addon as external"),
      steps: [t("用 --external:包名（或 build() 的 external 选项）让它不被打包，部署时随 node_modules 一起安装；这是最稳妥的做法。", "Use --external:<package> (or the external build option) so it is not bundled, and install it with node_modules at deploy time; this is the safest option.")],
    },
    {
      title: t("或者为 .node 配置 file/copy 加载器", "Or configure the file/copy loader for .node"),
      steps: [t("--loader:.node=file 或 --loader:.node=copy 会把文件复制到输出目录；但包里动态拼路径加载二进制时，运行时仍可能找不到它。", "--loader:.node=file or --loader:.node=copy copies the file to the output; but if the package builds the binary's path at run time, it may still not find it.")],
    },
  ],
  docs: ["https://esbuild.github.io/content-types/#file", "https://esbuild.github.io/api/#external", "https://github.com/evanw/esbuild/issues/2972"],
  samples: [
    { text: "No loader is configured for \".node\" files: node_modules/argon2/lib/binding/napi-v3/argon2.node\n\n    node_modules/argon2/argon2.js:12:12:\n      12 │ } = require(\"./lib/binding/napi-v3/argon2.node\");", source: "https://github.com/evanw/esbuild/issues/2256" },
  ],
});
