import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "tls.unsafe-legacy-renegotiation",
  category: "network.tls",
  match: [/UNSAFE_LEGACY_RENEGOTIATION_DISABLED/, /unsafe legacy renegotiation disabled/i],
  title: t("OpenSSL 3 拒绝连接不支持安全重协商的旧服务器", "OpenSSL 3 refuses a server without secure renegotiation"),
  summary: t(
    "从 OpenSSL 3.0 起，客户端默认要求服务器支持 RFC 5746 安全重协商；对方是老旧的服务器或中间设备（常见于某些负载均衡器、政府/银行网站），没有发送 renegotiation_info 扩展，于是握手被拒绝。浏览器能打开是因为它们不使用 OpenSSL 的这个默认值。根本解决在服务器端；客户端只能针对这个站点有意放宽。",
    "Since OpenSSL 3.0 clients require RFC 5746 secure renegotiation by default; the server or a middlebox in front of it (some load balancers, government or bank sites) is old and sends no renegotiation_info extension, so the handshake is refused. Browsers still connect because they do not use this OpenSSL default. The real fix is on the server; a client can only relax the check deliberately for that site.",
  ),
  causes: [
    t("服务器或其前面的负载均衡器/TLS 终结设备过旧，不支持安全重协商", "the server, or the load balancer / TLS terminator in front of it, is too old for secure renegotiation"),
    t("客户端环境升级到了 OpenSSL 3（新版 Ubuntu、Python、Node、curl 镜像）", "the client moved to OpenSSL 3 (newer Ubuntu, Python, Node, curl images)"),
  ],
  solutions: [
    {
      title: t("请服务器方升级或修正 TLS 配置", "Ask the server's owner to upgrade or fix its TLS setup"),
      steps: [t("这是服务器端的安全缺陷；用 openssl s_client 确认（输出里有 Secure Renegotiation IS NOT supported），把结果交给对方。", "This is a server-side security flaw; confirm with openssl s_client (look for Secure Renegotiation IS NOT supported) and send them the result.")],
      code: () => block("bash", ["echo | openssl s_client -connect HOST:443 -servername HOST 2>&1 | grep -i renegotiation"]),
    },
    {
      title: t("仅对这个站点放宽：启用 UnsafeLegacyServerConnect", "Relax it for this site only: enable UnsafeLegacyServerConnect"),
      steps: [t("用一个单独的 OpenSSL 配置文件，只在访问该服务器的进程里通过 OPENSSL_CONF 生效（Python 也可以在 ssl 上下文里设置 OP_LEGACY_SERVER_CONNECT）。不要全局修改系统配置。", "Use a separate OpenSSL config file applied through OPENSSL_CONF only for the process that talks to that server (in Python you can set OP_LEGACY_SERVER_CONNECT on the ssl context). Do not change the system-wide config.")],
      code: () =>
        block("python", [
          "import ssl, urllib.request",
          "ctx = ssl.create_default_context()",
          "ctx.options |= getattr(ssl, 'OP_LEGACY_SERVER_CONNECT', 0x4)",
          "urllib.request.urlopen('https://HOST/', context=ctx)",
        ]),
    },
  ],
  docs: ["https://github.com/openssl/openssl/issues/16278", "https://www.openssl.org/docs/man3.0/man3/SSL_CTX_set_options.html", "https://github.com/openssl/openssl/issues/21296"],
  samples: [
    { text: "CONNECTED(00000003)\n804B1EBA547F0000:error:0A000152:SSL routines:final_renegotiate:unsafe legacy renegotiation disabled:../ssl/statem/extensions.c:879:", source: "https://github.com/openssl/openssl/issues/21296" },
    { text: "[*] Error: 137.191.225.100: OpenSSL::SSL::SSLError SSL_connect returned=1 errno=0 peeraddr=137.191.225.100:443 state=error: unsafe legacy renegotiation disabled", source: "https://github.com/rapid7/rex-socket/pull/52" },
  ],
});
