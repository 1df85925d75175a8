import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "tls.certificate-expired",
  category: "network.tls",
  match: [/SSL certificate problem: certificate has expired/, /\bCERT_HAS_EXPIRED\b/, /x509: certificate has expired or is not yet valid(?:: current time (?<now>[\dTZ:.+-]{10,40}) is after (?<notafter>[\dTZ:.+-]{10,40}))?/, "certificate has expired"],
  title: t("TLS 证书已过期（或本机时间不对）", "The TLS certificate has expired (or the local clock is wrong)"),
  summary: (c) =>
    t(
      `证书的有效期（notAfter）已经过去${c.g.notafter ? `：到期时间 ${ic(c.g.notafter)}，而当前时间是 ${ic(c.g.now ?? "")}` : ""}。要么是服务端（或链中的中间/根证书）真的过期了，要么是客户端机器的系统时间错误。`,
      `The certificate's validity (notAfter) has passed${c.g.notafter ? `: it expired at ${ic(c.g.notafter)} and the current time is ${ic(c.g.now ?? "")}` : ""}. Either the server's certificate (or an intermediate/root in its chain) really expired, or the client machine's clock is wrong.`,
    ),
  causes: [
    t("服务器证书没有续期（Let's Encrypt 自动续期失败很常见）", "the server certificate was not renewed (failed Let's Encrypt auto-renewal is common)"),
    t("链中的旧根/中间证书过期，而客户端的 CA 包太旧（如 2021 年 DST Root CA X3 过期影响旧系统）", "an old root or intermediate in the chain expired and the client's CA bundle is outdated (the 2021 DST Root CA X3 expiry hit old systems)"),
    t("客户端系统时间错误（虚拟机/容器/嵌入式设备时钟不同步）", "the client's clock is wrong (VMs, containers, embedded devices without time sync)"),
  ],
  solutions: [
    {
      title: t("确认证书的有效期和本机时间", "Check the certificate's dates and the local clock"),
      steps: [t("用 openssl 查看服务器证书的 notBefore/notAfter，与 date 的输出对比。证书过期就在服务端续期；时间不对就同步系统时间；链过期就更新客户端的 ca-certificates。", "Read the server certificate's notBefore/notAfter with openssl and compare with date. Renew on the server if it expired; fix time sync if the clock is wrong; update the client's ca-certificates if the chain expired.")],
      code: () => block("bash", ['HOST="${HOST:?set HOST to the server name}"', "date -u", 'echo | openssl s_client -connect "$HOST:443" -servername "$HOST" 2>&1 | openssl x509 -noout -dates -issuer -subject']),
    },
    {
      title: t("服务端：检查证书自动续期", "Server side: check automatic renewal"),
      steps: [t("Let's Encrypt 用 certbot renew --dry-run 测试续期是否能成功；续期后需要 reload Web 服务器才会加载新证书。", "For Let's Encrypt test renewal with certbot renew --dry-run; the web server must be reloaded after renewal to load the new certificate.")],
    },
  ],
  docs: ["https://android.googlesource.com/platform/external/curl/+/aba2c4dca/docs/SSLCERTS"],
  samples: [{ text: "curl: (60) SSL certificate problem: certificate has expired\nMore details here: https://curl.se/docs/sslcerts.html", source: "https://android.googlesource.com/platform/external/curl/+/aba2c4dca/docs/SSLCERTS" }],
});
