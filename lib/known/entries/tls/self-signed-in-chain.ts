import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "tls.self-signed-in-chain",
  category: "network.tls",
  match: [/SSL certificate problem: self[- ]signed certificate in certificate chain/i, /\bSELF_SIGNED_CERT_IN_CHAIN\b/, /self[- ]signed certificate in certificate chain/i],
  title: t("证书链里有一张不受信任的自签名根证书", "The certificate chain ends in an untrusted self-signed root"),
  summary: t(
    "服务器出示的证书链最顶端是一张自签名的根证书，而它不在客户端的信任列表里。几乎总是公司代理/防火墙用内部根证书做 HTTPS 检查，或者内部服务用私有 CA 签发证书。",
    "The chain the server presented ends in a self-signed root certificate that the client does not trust. Almost always a corporate proxy or firewall inspecting HTTPS with an internal root, or an internal service using a private CA.",
  ),
  causes: [
    t("公司代理/防火墙（Zscaler、Fortinet 等）做 TLS 拦截，用内部根证书重新签发", "a corporate proxy or firewall (Zscaler, Fortinet…) intercepts TLS and re-signs with an internal root"),
    t("访问的是使用私有 CA 的内部服务（私有镜像仓库、内部 Git）", "the target is an internal service with a private CA (a private registry, internal Git)"),
  ],
  solutions: [
    {
      title: t("把该根证书加入所用工具的信任列表", "Add that root to the tool's trust list"),
      steps: [
        t("从 IT 部门获取根证书（PEM），加入系统信任；各工具还有各自的设置：Node 用 NODE_EXTRA_CA_CERTS，Python requests 用 REQUESTS_CA_BUNDLE，pip 用 --cert，git 用 http.sslCAInfo，npm 用 cafile。", "Get the root certificate (PEM) from IT and add it to the system trust; tools also have their own settings: NODE_EXTRA_CA_CERTS for Node, REQUESTS_CA_BUNDLE for Python requests, --cert for pip, http.sslCAInfo for git, cafile for npm."),
        t("不要全局关闭证书校验（NODE_TLS_REJECT_UNAUTHORIZED=0、strict-ssl=false）。", "Do not switch verification off globally (NODE_TLS_REJECT_UNAUTHORIZED=0, strict-ssl=false)."),
      ],
    },
    {
      title: t("确认是谁签发的证书", "See who issued the certificate"),
      steps: [t("用 openssl s_client -showcerts 查看证书链顶端的签发者；如果是公司安全设备的名字，说明流量被拦截检查，需要它的根证书。", "Inspect the chain's top issuer with openssl s_client -showcerts; if it names a corporate security appliance, the traffic is being inspected and you need its root certificate.")],
    },
  ],
  docs: ["https://android.googlesource.com/platform/external/curl/+/aba2c4dca/docs/SSLCERTS", "https://android.googlesource.com/platform/external/curl/+/02ac5547c/docs/cmdline-opts/cacert.md"],
  samples: [{ text: "fatal: unable to access 'https://git.example.com/team/app.git/': SSL certificate problem: self signed certificate in certificate chain", source: "https://android.googlesource.com/platform/external/curl/+/aba2c4dca/docs/SSLCERTS" }],
});
