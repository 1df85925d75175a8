import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "tls.curl-local-issuer",
  category: "network.tls",
  match: [/SSL certificate problem: unable to get local issuer certificate/, /unable to access '(?<url>https:\/\/[^'\s]{1,300})': SSL certificate problem: unable to get local issuer/],
  title: t("找不到签发服务器证书的 CA（unable to get local issuer certificate）", "No trusted CA for the server's certificate (unable to get local issuer certificate)"),
  summary: (c) =>
    t(
      `curl（以及使用 libcurl 的 git）在本地 CA 证书包里找不到签发${c.g.url ? ` ${ic(c.g.url)} ` : "服务器"}证书的那张 CA 证书，无法验证证书链，于是中止连接。通常是本机的 CA 包缺失/过旧，或有公司代理用自己的根证书重新签发了 HTTPS 流量。`,
      `curl (and git, which uses libcurl) cannot find the CA that issued the certificate of ${c.g.url ? ic(c.g.url) : "the server"} in its local CA bundle, so it cannot verify the chain and aborts. Usually the local CA bundle is missing or outdated, or a corporate proxy re-signs HTTPS traffic with its own root certificate.`,
    ),
  causes: [
    t("公司代理/杀毒软件做 HTTPS 检查，用内部根证书重新签发，而该根证书不在 curl/git 使用的 CA 包里", "a corporate proxy or antivirus inspects HTTPS and re-signs it with an internal root that is not in the bundle curl/git uses"),
    t("git/curl 没有配置 CA 包，或指向的文件不存在（精简系统、NAS、自编译版本）", "git/curl has no CA bundle configured, or it points to a missing file (minimal systems, NAS devices, custom builds)"),
    t("Windows 上的 Git 使用自带的 OpenSSL CA 包，而公司根证书只装在 Windows 证书存储里", "Git for Windows uses its bundled OpenSSL CA file while the corporate root is only in the Windows certificate store"),
    t("服务器没有发送中间证书（证书链不完整）", "the server does not send its intermediate certificates (incomplete chain)"),
  ],
  solutions: [
    {
      title: t("让 git/curl 使用包含所需根证书的 CA 包", "Point git/curl at a CA bundle that contains the needed root"),
      steps: [
        t("Linux：安装/更新 ca-certificates，并让 git 使用系统 CA 包；公司根证书要先加入系统信任。Windows：让 Git 使用 Windows 证书存储（schannel）。", "Linux: install or update ca-certificates and point git at the system bundle; add the corporate root to the system trust first. Windows: let Git use the Windows certificate store (schannel)."),
        t("不要用 http.sslVerify=false 或 curl -k 作为长期方案，它关闭了对服务器身份的校验。", "Do not use http.sslVerify=false or curl -k as a lasting fix; it turns off server identity checks."),
      ],
      code: () => block("bash", ["sudo apt-get install --reinstall ca-certificates", "git config --global http.sslCAInfo /etc/ssl/certs/ca-certificates.crt"]),
    },
    {
      title: t("Windows 上的 Git：改用 Windows 证书存储", "Git for Windows: use the Windows certificate store"),
      steps: [t("git config --global http.sslBackend schannel，之后 Git 信任 Windows 已信任的根证书（包括公司下发的）。", "git config --global http.sslBackend schannel makes Git trust the roots Windows trusts (including ones your company deploys).")],
    },
  ],
  docs: ["https://android.googlesource.com/platform/external/curl/+/aba2c4dca/docs/SSLCERTS", "https://help.github.com/articles/error-ssl-certificate-problem-verify-that-the-ca-cert-is-ok/", "https://github.com/desktop/desktop/issues/3684"],
  samples: [{ text: "fatal: unable to access 'https://github.com/awslabs/aws-glue-libs/': SSL certificate problem: unable to get local issuer certificate", source: "https://github.com/awslabs/aws-glue-libs/issues/79" }],
});
