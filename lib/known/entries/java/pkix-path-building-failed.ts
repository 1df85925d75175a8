import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "java.pkix-path-building-failed",
  category: "network.tls",
  match: [/PKIX path building failed:?\s{0,3}(?:sun\.security\.provider\.certpath\.)?SunCertPathBuilderException:?\s{0,3}unable to find valid certification path to requested target/, "unable to find valid certification path to requested target"],
  title: t("JVM 信任库里没有对方证书的签发 CA（PKIX path building failed）", "The JVM truststore does not trust the server's CA (PKIX path building failed)"),
  summary: t(
    "Java 在 TLS 握手时沿证书链找不到一个自己信任的根证书。JDK 用自己的 cacerts 信任库，和浏览器、操作系统的证书库是分开的；公司代理做 HTTPS 解密、内网自签名仓库（Nexus/Artifactory）是最常见的原因。",
    "During the TLS handshake Java could not chain the server's certificate to a root it trusts. The JDK uses its own cacerts truststore, separate from the browser's and the OS's; a corporate proxy that decrypts HTTPS, or an internal repository (Nexus, Artifactory) with a self-signed or private CA, is the usual cause.",
  ),
  causes: [
    t("公司网络的代理/防火墙用自己的 CA 重新签发了 HTTPS 证书，而 JDK 的 cacerts 里没有这个 CA", "a corporate proxy or firewall re-signs HTTPS traffic with its own CA, which is not in the JDK's cacerts"),
    t("目标服务器（内网 Maven 仓库、API）用的是自签名或私有 CA 证书", "the server (an internal Maven repository, an API) uses a self-signed or private-CA certificate"),
    t("运行程序的是另一个 JDK（IDE 内置的 JRE、CI 镜像），证书导入到了别的 JDK 里", "a different JDK runs the program (an IDE's bundled JRE, a CI image) than the one the certificate was imported into"),
  ],
  solutions: [
    {
      title: t("把 CA 证书导入实际运行的那个 JDK 的 cacerts", "Import the CA certificate into the cacerts of the JDK that actually runs"),
      steps: [
        t("从浏览器或 IT 部门拿到代理/内网 CA 的根证书（.cer/.pem），用 keytool 导入；JDK 9 及以上可以直接用 -cacerts 指向当前 JDK 的信任库（默认口令 changeit）。", "Get the proxy's or internal CA's root certificate (.cer/.pem) from the browser or your IT team and import it with keytool; on JDK 9+ -cacerts targets the running JDK's truststore (default password changeit)."),
      ],
      code: () => block("bash", ['CA_CERT="$HOME/corp-root-ca.cer"   # the CA certificate you exported', 'keytool -importcert -cacerts -storepass changeit -alias corp-root-ca -file "$CA_CERT" -noprompt', "keytool -list -cacerts -storepass changeit -alias corp-root-ca"]),
    },
    {
      title: t("或者指定一个单独的信任库", "Or point the JVM at a separate truststore"),
      steps: [t("不想改 JDK 自带文件时，用 -Djavax.net.ssl.trustStore=路径 和 -Djavax.net.ssl.trustStorePassword=口令 启动 JVM（Maven 可写进 MAVEN_OPTS）。不要关闭证书校验。", "To leave the JDK's file alone, start the JVM with -Djavax.net.ssl.trustStore=<path> and -Djavax.net.ssl.trustStorePassword=<password> (for Maven, in MAVEN_OPTS). Do not disable certificate checks.")],
    },
  ],
  docs: ["https://github.com/redhat-developer/vscode-java/wiki/Use-proper-cacerts-to-import-Java-projects", "https://www.github.com/escline/InstallCert"],
  samples: [
    {
      text: "javax.net.ssl.SSLHandshakeException: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
      source: "https://bitbucket.org/connect2id/nimbus-jose-jwt/issues/470/nimbus-jose-jwksetload-failes-with-error",
    },
  ],
});
