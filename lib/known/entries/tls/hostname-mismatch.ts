import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "tls.hostname-mismatch",
  category: "network.tls",
  match: [
    /no alternative certificate subject name matches target host name '(?<host>[^'\s]{1,253})'/,
    /Hostname mismatch, certificate is not valid for '(?<host>[^'\s]{1,253})'/,
    /x509: certificate is valid for (?<names>[^\n]{1,300}?), not (?<host>[\w.*:-]{1,253})/,
    /\bERR_TLS_CERT_ALTNAME_INVALID\b/,
  ],
  title: (c) => (c.g.host ? t(`证书上的名字与 ${ic(c.g.host)} 不符`, `The certificate is not valid for ${ic(c.g.host)}`) : t("证书上的名字与访问的主机名不符", "The certificate does not match the host name")),
  summary: (c) =>
    t(
      `服务器证书的 Subject Alternative Name 里没有你访问的主机名${c.g.host ? ` ${ic(c.g.host)}` : ""}${c.g.names ? `（证书只对 ${ic(c.g.names)} 有效）` : ""}，客户端因此拒绝连接，以防连到冒充的服务器。`,
      `The server certificate's Subject Alternative Names do not include the host you used${c.g.host ? ` (${ic(c.g.host)})` : ""}${c.g.names ? `; it is only valid for ${ic(c.g.names)}` : ""}, so the client refuses in case it reached an impostor.`,
    ),
  causes: [
    t("用 IP 地址或内网别名访问，而证书只签发给正式域名", "connecting by IP address or an internal alias while the certificate names only the public domain"),
    t("同一 IP 上有多个站点，客户端没发送 SNI 或服务器返回了默认站点的证书", "several sites share an IP and the client sent no SNI, or the server returned its default site's certificate"),
    t("自建服务（如 Kubernetes API、私有仓库）的证书没有把新加的域名/IP 写进 SAN", "a self-hosted service's certificate (Kubernetes API, private registry) lacks a newly added name or IP in its SAN"),
  ],
  solutions: [
    {
      title: t("用证书上列出的名字访问，或重新签发包含该名字的证书", "Use a name the certificate lists, or reissue it with your name"),
      steps: [t("用 openssl s_client 查看证书的 SAN 列表；改为用其中的名字访问，或重新签发证书把需要的域名/IP 加进 SAN。", "List the certificate's SANs with openssl s_client; connect with one of those names, or reissue the certificate with the needed name or IP added to its SANs.")],
    },
    {
      title: t("检查 SNI 和 DNS 指向", "Check SNI and DNS"),
      steps: [t("用 openssl s_client -servername 主机名 测试，确认发送了 SNI；用 dig 确认域名解析到的是正确的服务器。", "Test with openssl s_client -servername host to make sure SNI is sent, and confirm with dig that the name resolves to the right server.")],
    },
  ],
  docs: ["https://android.googlesource.com/platform/external/curl/+/aba2c4dca/docs/SSLCERTS"],
  samples: [{ text: "curl: (60) SSL: no alternative certificate subject name matches target host name '10.0.0.12'", source: "https://android.googlesource.com/platform/external/curl/+/aba2c4dca/docs/SSLCERTS" }],
});
