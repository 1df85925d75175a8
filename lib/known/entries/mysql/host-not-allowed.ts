import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "mysql.host-not-allowed",
  category: "database",
  match: [/Host '(?<host>[^'\n]{1,255})' is not allowed to connect to this (?:MySQL|MariaDB) server/],
  title: (c) => t(`服务器上没有允许从 ${ic(c.g.host ?? "")} 登录的账号（1130）`, `No account may connect from ${ic(c.g.host ?? "")} (1130)`),
  summary: (c) => t(`MySQL 账号是“用户名@主机”的组合；服务器上没有任何账号的主机部分匹配 ${ic(c.g.host ?? "")}，所以在检查密码之前就拒绝了连接（错误 1130 ER_HOST_NOT_PRIVILEGED）。`, `MySQL accounts are user@host pairs; no account's host part matches ${ic(c.g.host ?? "")}, so the server refuses before even checking a password (error 1130 ER_HOST_NOT_PRIVILEGED).`),
  causes: [
    t("账号只建了 'user'@'localhost'，而连接来自其他机器或容器网络", "the account exists only as 'user'@'localhost' while the connection comes from another machine or a container network"),
    t("通过 Docker 端口映射连接时，服务器看到的来源地址是网桥网关 IP，而不是 localhost", "through Docker port publishing the server sees the bridge gateway IP, not localhost"),
  ],
  solutions: [
    {
      title: t("为客户端的网段创建账号并授权", "Create an account for the client's network and grant it"),
      steps: [t("CREATE USER 'app'@'10.0.%' IDENTIFIED BY '…'; GRANT … ON 库.* TO 'app'@'10.0.%'; 尽量用具体网段而不是 '%'。", "CREATE USER 'app'@'10.0.%' IDENTIFIED BY '…'; GRANT … ON db.* TO 'app'@'10.0.%'; prefer a specific network to '%'.")],
    },
    {
      title: t("确认服务器看到的来源地址", "Confirm the source address the server sees"),
      steps: [t("消息里的主机就是服务器看到的客户端地址；经过 NAT、Docker 网桥或代理时它可能与你以为的不同，按它来建账号。", "The host in the message is the client address the server sees; through NAT, a Docker bridge or a proxy it may differ from what you expect, so create the account for it.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html"],
  samples: [{ text: "ERROR 1130 (HY000): Host '172.18.0.1' is not allowed to connect to this MySQL server", source: "https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html" }],
});
