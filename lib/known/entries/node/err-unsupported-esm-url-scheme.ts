import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "node.err-unsupported-esm-url-scheme",
  category: "unknown",
  match: [/\bERR_UNSUPPORTED_ESM_URL_SCHEME\]?:?\s{0,3}(?:Only URLs with a scheme in: [^\n]{0,80}?are supported by the default ESM loader\.[^\n]{0,100}?Received protocol '(?<proto>[^'\n]{1,20})')?/],
  title: (c) => (c.g.proto ? t(`ES 模块加载器收到了协议为 ${ic(c.g.proto)} 的路径`, `The ES module loader got a path with the protocol ${ic(c.g.proto)}`) : t("ES 模块加载器不支持这个 URL 协议", "The ES module loader does not support this URL scheme")),
  summary: t(
    "import() 和 ESM 加载器接受的是 URL，不是文件系统路径。在 Windows 上把 C:\\… 这样的绝对路径直接交给 import()，C: 会被当作 URL 协议，于是报错；需要先转换成 file:// URL。",
    "import() and the ESM loader take URLs, not file-system paths. On Windows, handing an absolute path such as C:\\… straight to import() makes C: look like a URL scheme, hence the error; convert it to a file:// URL first.",
  ),
  causes: [t("代码（常见于 CLI 工具、配置加载器）把 Windows 绝对路径直接传给了 import()", "the code (often a CLI tool or config loader) passes a Windows absolute path straight to import()"), t("工具版本过旧，尚未修复 Windows 路径处理", "an old tool version that has not fixed Windows path handling")],
  solutions: [
    {
      title: t("用 pathToFileURL 把路径转换成 URL", "Convert the path with pathToFileURL"),
      steps: [t("如果是你的代码，import(pathToFileURL(p).href)；如果报错来自某个工具，升级该工具到修复了 Windows 路径的版本。", "In your own code use import(pathToFileURL(p).href); if a tool raises it, upgrade the tool to a release that fixed Windows paths.")],
      code: () => block("javascript", ['const { pathToFileURL } = require("node:url");', "", "async function load(filePath) {", "  return import(pathToFileURL(filePath).href);", "}", "module.exports = { load };"]),
    },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/errors.md"],
  samples: [{ text: "Error [ERR_UNSUPPORTED_ESM_URL_SCHEME]: Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. On Windows, absolute paths must be valid file:// URLs. Received protocol 'c:'", source: "https://github.com/nodejs/node/blob/main/doc/api/errors.md" }],
});
