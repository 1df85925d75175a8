import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "node.err-ossl-evp-unsupported",
  category: "unknown",
  match: ["digital envelope routines::unsupported", "ERR_OSSL_EVP_UNSUPPORTED", /\berror:0308010C\b/],
  title: t("Node.js 17+ 的 OpenSSL 3 不再支持旧构建工具用的哈希算法", "Node.js 17+ ships OpenSSL 3, which no longer allows the hash an old build tool uses"),
  summary: t(
    "Node.js 17 起内置 OpenSSL 3.0，默认禁用了一些旧算法和密钥长度；旧版构建工具（常见是 webpack 4 及基于它的 react-scripts 4、Vue CLI 4）在 crypto.createHash 里仍用这些算法，于是抛出 ERR_OSSL_EVP_UNSUPPORTED。",
    "Since Node.js 17 the bundled OpenSSL is 3.0, which disallows some old algorithms and key sizes by default; older build tools (typically webpack 4 and the react-scripts 4 / Vue CLI 4 built on it) still ask crypto.createHash for one of them, so it throws ERR_OSSL_EVP_UNSUPPORTED.",
  ),
  causes: [
    t("项目的构建工具还是 webpack 4 一代，而 Node.js 升级到了 17 或更高", "the project's build tool is still of the webpack 4 generation while Node.js was upgraded to 17 or later"),
    t("某个依赖在代码里使用了 OpenSSL 3 默认不再提供的算法", "a dependency calls an algorithm that OpenSSL 3 no longer provides by default"),
  ],
  solutions: [
    {
      title: t("升级构建工具到基于 webpack 5 的版本", "Upgrade the build tool to a webpack 5 based release"),
      steps: [t("这是长期的修复：升级 webpack（或 react-scripts、@vue/cli-service 等）到当前大版本，它们不再依赖被禁用的算法。", "This is the lasting fix: upgrade webpack (or react-scripts, @vue/cli-service…) to its current major, which no longer relies on the disabled algorithm.")],
    },
    {
      title: t("临时办法：启用 OpenSSL 旧算法提供者", "Stopgap: enable OpenSSL's legacy provider"),
      steps: [t("Node.js 17 为此加了 --openssl-legacy-provider 选项，通过 NODE_OPTIONS 传给构建进程即可；它重新启用旧算法，只应作为过渡。", "Node.js 17 added the --openssl-legacy-provider option for exactly this; pass it to the build through NODE_OPTIONS. It re-enables the old algorithms, so use it only as a bridge.")],
      code: () => block("bash", ["export NODE_OPTIONS=--openssl-legacy-provider", "npm run build"]),
    },
  ],
  docs: ["https://medium.com/the-node-js-collection/node-js-17-is-here-8dba1e14e382", "https://github.com/nandorojo/solito/issues/301"],
  samples: [
    {
      text: "Error: error:0308010C:digital envelope routines::unsupported\n    at new Hash (node:internal/crypto/hash:71:19)\n    at Object.createHash (node:crypto:133:10)\n\nindex.js:59:103 {\n  opensslErrorStack: [ 'error:03000086:digital envelope routines::initialization error' ],\n  library: 'digital envelope routines',\n  reason: 'unsupported',\n  code: 'ERR_OSSL_EVP_UNSUPPORTED'\n}",
      source: "https://github.com/LauraBeatris/gobarber-web/issues/32",
    },
  ],
});
