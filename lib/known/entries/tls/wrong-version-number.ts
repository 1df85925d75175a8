import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "tls.wrong-version-number",
  category: "network.tls",
  match: [/\[SSL: WRONG_VERSION_NUMBER\] wrong version number/, /ssl3_get_record:wrong version number/, /SSL routines[^\n]{0,60}wrong version number/, "tls: first record does not look like a TLS handshake"],
  title: t("对一个不说 TLS 的端口发起了 TLS 握手（wrong version number）", "A TLS handshake was sent to a port that does not speak TLS (wrong version number)"),
  summary: t(
    "客户端发出 TLS 握手，对方回的却不是 TLS 记录（通常是明文 HTTP 响应），OpenSSL 把它当成了错误的协议版本号。几乎总是 URL 的协议与端口不匹配：用 https:// 访问了明文 HTTP 端口，或把 HTTP 代理写成了 https://。",
    "The client sent a TLS handshake and the reply was not a TLS record (usually a plain HTTP response), which OpenSSL reads as a wrong protocol version. Almost always the scheme does not match the port: https:// against a plain-HTTP port, or an HTTP proxy written as https://.",
  ),
  causes: [
    t("代理设置写成了 https://代理:端口，而代理本身只监听明文 HTTP（HTTPS_PROXY 的值也应是 http://…）", "the proxy is configured as https://proxy:port while it only speaks plain HTTP (even HTTPS_PROXY should usually be http://…)"),
    t("用 https:// 访问了只提供 HTTP 的端口（如 80、8080，或没开 TLS 的开发服务器）", "https:// used against a port that only serves HTTP (80, 8080, a dev server without TLS)"),
    t("SMTP/数据库等需要 STARTTLS 的端口被当成了直接 TLS 端口（如 587 用了 SSL 模式）", "a STARTTLS port (SMTP 587, some databases) used as if it were implicit TLS"),
  ],
  solutions: [
    {
      title: t("把代理地址改为 http://", "Write the proxy address as http://"),
      steps: [t("检查 HTTP_PROXY/HTTPS_PROXY 和代码里的 proxies 设置：代理地址本身用 http://主机:端口，HTTPS 请求会通过 CONNECT 隧道照样加密。", "Check HTTP_PROXY/HTTPS_PROXY and any proxies setting in code: the proxy address itself should be http://host:port; HTTPS requests still travel encrypted through a CONNECT tunnel.")],
    },
    {
      title: t("让协议与端口一致", "Match the scheme to the port"),
      steps: [t("明文端口用 http://，TLS 端口（通常 443）用 https://；邮件/数据库按服务要求选择 STARTTLS 或 SSL。", "Use http:// for plain ports and https:// for TLS ports (usually 443); for mail or databases pick STARTTLS or SSL as the service expects.")],
    },
  ],
  docs: ["https://github.com/encode/httpx/issues/951", "https://github.com/psf/requests/issues/5843"],
  samples: [{ text: "    self._sslobj.do_handshake()\nssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1051)", source: "https://github.com/qwj/python-proxy/issues/57" }],
});
