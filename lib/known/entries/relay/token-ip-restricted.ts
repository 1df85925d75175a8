import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "relay.token-ip-restricted",
  category: "auth.forbidden",
  match: [/该令牌只能在指定网段使用[:：]\s*(?<subnet>[^\s，,]{1,200})[，,]\s*当前 ?ip[:：]\s*(?<ip>[\w.:]{1,60})/, /您的 IP 不在令牌允许访问的列表中/, /无法解析客户端 IP 地址/],
  title: (c) => (c.g.ip ? t(`当前 IP ${ic(c.g.ip)} 不在令牌允许的网段内`, `Your IP ${ic(c.g.ip)} is outside the token's allowed range`) : t("当前 IP 不在令牌允许访问的范围内", "Your IP is not in the token's allowed list")),
  summary: (c) =>
    t(
      `这个令牌在中转站里设置了 IP 限制${c.g.subnet ? `（${ic(c.g.subnet)}）` : ""}，中转站看到的客户端 IP 不在其中，于是返回 403。`,
      `The token has an IP restriction on the relay${c.g.subnet ? ` (${ic(c.g.subnet)})` : ""}; the client IP the relay sees is not in it, so it answers 403.`,
    ),
  causes: [
    t("程序运行在另一台机器/网络（服务器、容器、代理、VPN），出口 IP 变了", "the program runs on another machine or network (server, container, proxy, VPN), so its outgoing IP differs"),
    t("中转站前面有反向代理，没有正确传递真实客户端 IP，中转站看到的是代理的地址", "a reverse proxy in front of the relay does not pass the real client IP, so the relay sees the proxy's address"),
  ],
  solutions: [
    {
      title: t("把实际出口 IP 加进令牌的允许列表", "Add your real outgoing IP to the token's allow list"),
      steps: [t("错误里的「当前 ip」就是中转站看到的地址；在「令牌管理」页面编辑该令牌的 IP 限制，加入这个地址或所在网段，或者清空限制。", "The \"current ip\" in the message is the address the relay sees; edit the token's IP restriction on the Tokens page to include it or its range, or remove the restriction.")],
    },
    {
      title: t("或者换一个没有 IP 限制的令牌", "Or use a token without an IP restriction"),
      steps: [t("为服务器上的程序单独建一个令牌，按服务器的出口 IP 设置限制。", "Create a separate token for the server-side program, restricted to that server's outgoing IP.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/middleware/auth.go", "https://github.com/QuantumNous/new-api/blob/main/middleware/auth.go"],
  samples: [
    { text: '403 {"error":{"message":"该令牌只能在指定网段使用：10.0.0.0/8，当前 ip：203.0.113.7","type":"one_api_error"}}', source: "https://github.com/songquanpeng/one-api/blob/main/middleware/auth.go" },
    { text: '{"error":{"message":"您的 IP 不在令牌允许访问的列表中","type":"new_api_error","code":"access_denied"}}', source: "https://github.com/QuantumNous/new-api/blob/main/middleware/auth.go" },
  ],
});
