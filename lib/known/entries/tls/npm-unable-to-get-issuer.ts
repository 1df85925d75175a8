import { block, defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "tls.npm-unable-to-get-issuer",
  category: "network.tls",
  match: [/\bUNABLE_TO_GET_ISSUER_CERT_LOCALLY\b/],
  title: t("Node/npm 无法验证服务器证书：找不到签发它的 CA（UNABLE_TO_GET_ISSUER_CERT_LOCALLY）", "Node/npm cannot verify the server certificate: its issuing CA is unknown (UNABLE_TO_GET_ISSUER_CERT_LOCALLY)"),
  summary: t(
    "Node 用自带的 CA 列表验证 HTTPS 证书。服务器（或路径上的代理）出示的证书链，其签发者不在这个列表里，验证失败。最常见的是公司代理/杀毒软件做 HTTPS 解密，用自己的根证书重新签发了证书，而 Node 不读取系统证书库。",
    "Node verifies HTTPS certificates against its own bundled CA list. The chain presented by the server (or a proxy on the way) has an issuer not in that list, so verification fails. Most often a corporate proxy or antivirus decrypts HTTPS and re-signs certificates with its own root, which Node does not take from the system store.",
  ),
  causes: [
    t("公司网络的 HTTPS 检查代理或杀毒软件用自己的根证书替换了证书", "a corporate HTTPS-inspection proxy or antivirus replaced the certificate with one signed by its own root"),
    t("私有 npm 仓库或内网服务使用了内部 CA 签发的证书", "a private registry or internal service uses a certificate from an internal CA"),
    t("服务器没有发送完整的中间证书链", "the server does not send its full intermediate chain"),
  ],
  solutions: [
    {
      title: t("把组织的根证书交给 Node/npm，而不是关闭校验", "Give Node/npm your organisation's root certificate instead of disabling verification"),
      steps: [
        t("向 IT 部门要根证书（PEM 格式），对 npm 设置 cafile，对 Node 程序设置 NODE_EXTRA_CA_CERTS；不要长期使用 strict-ssl=false 或 NODE_TLS_REJECT_UNAUTHORIZED=0，那会让任何人都能冒充服务器。", "Get the root certificate (PEM) from IT, set npm's cafile and, for Node programs, NODE_EXTRA_CA_CERTS; do not keep strict-ssl=false or NODE_TLS_REJECT_UNAUTHORIZED=0, which lets anyone impersonate the server."),
      ],
      code: () => block("bash", ["npm config set cafile /path/to/corporate-root-ca.pem", "export NODE_EXTRA_CA_CERTS=/path/to/corporate-root-ca.pem"]),
    },
    ...categorySolutions("network.tls"),
  ],
  docs: ["https://github.com/npm/cli/pull/7947", "https://nodejs.org/api/cli.html#node_extra_ca_certsfile", "https://github.com/npm/npm/issues/9580"],
  samples: [
    {
      text: "npm error code UNABLE_TO_GET_ISSUER_CERT_LOCALLY\nnpm error errno UNABLE_TO_GET_ISSUER_CERT_LOCALLY\nnpm error request to https://registry.npmjs.org/serve failed, reason: unable to get local issuer certificate",
      source: "https://github.com/npm/cli/issues/7991",
    },
  ],
});
