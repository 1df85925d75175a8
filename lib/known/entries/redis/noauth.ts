import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "redis.noauth",
  category: "database",
  match: [/\b(?<kind>NOAUTH) Authentication required/, /\b(?<kind>WRONGPASS) invalid username-password pair/],
  title: (c) => (c.g.kind === "WRONGPASS" ? t("Redis 用户名或密码错误（WRONGPASS）", "Wrong Redis user name or password (WRONGPASS)") : t("Redis 需要先认证（NOAUTH）", "Redis requires authentication first (NOAUTH)")),
  summary: (c) =>
    c.g.kind === "WRONGPASS"
      ? t("客户端发送了 AUTH，但用户名/密码不匹配，或该 ACL 用户被禁用。", "The client sent AUTH, but the user name/password does not match or the ACL user is disabled.")
      : t("服务器设置了密码（requirepass 或 ACL），而这个连接没有先执行 AUTH 就发送了命令。", "The server has a password (requirepass or ACL) and this connection sent a command without running AUTH first."),
  causes: [
    t("连接串/配置里没有带密码（redis://:密码@主机:6379/0 的密码部分）", "the connection string or configuration has no password (the password part of redis://:password@host:6379/0)"),
    t("服务器新启用了 requirepass，客户端配置没有同步", "requirepass was newly enabled on the server and the client configuration was not updated"),
    t("Redis 6+ ACL：应使用 AUTH 用户名 密码，而不是只有密码", "Redis 6+ ACLs: use AUTH username password, not the password alone"),
  ],
  solutions: [
    {
      title: t("在客户端配置里提供正确的凭据", "Give the client the right credentials"),
      steps: [t("URL 形式为 redis://用户名:密码@主机:端口/库号（没有 ACL 用户时用户名留空）；redis-cli 用 -a 或先执行 AUTH。密码放在环境变量或密钥管理里，不要写进代码。", "Use redis://user:password@host:port/db (leave the user empty without ACL users); with redis-cli pass -a or run AUTH first. Keep the password in an environment variable or secret store, not in code.")],
    },
    {
      title: t("用 redis-cli 验证凭据", "Verify the credentials with redis-cli"),
      steps: [t("redis-cli -u 'redis://用户名:密码@主机:6379' PING 返回 PONG 说明凭据正确，问题在应用的配置读取。", "redis-cli -u 'redis://user:password@host:6379' PING returning PONG proves the credentials work and the problem is how the application reads its configuration.")],
    },
  ],
  docs: ["https://redis.io/docs/latest/develop/reference/errors/all/redis/", "https://redis.io/docs/latest/develop/reference/errors/"],
  samples: [{ text: "127.0.0.1:6379> GET session:1\n(error) NOAUTH Authentication required.", source: "https://redis.io/docs/latest/develop/reference/errors/all/redis/" }],
});
