import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "postgres.no-pg-hba-entry",
  category: "database",
  match: [/no pg_hba\.conf entry for (?:replication connection from )?host "(?<host>[^"\n]{1,200})", user "(?<user>[^"\n]{1,63})"(?:, database "(?<db>[^"\n]{1,63})")?, (?<ssl>SSL off|SSL on|no encryption|SSL encryption|GSS encryption)/, "no pg_hba.conf entry for host"],
  title: (c) => (c.g.host ? t(`pg_hba.conf 中没有允许 ${ic(c.g.host)} 连接的规则`, `pg_hba.conf has no rule admitting ${ic(c.g.host)}`) : t("pg_hba.conf 中没有匹配这个连接的规则", "No pg_hba.conf rule matches this connection")),
  summary: (c) =>
    t(
      `服务器收到了连接，但 pg_hba.conf 里没有任何一行同时匹配这个连接类型、客户端地址${c.g.host ? ` ${ic(c.g.host)}` : ""}、数据库和用户，于是直接拒绝。${c.g.ssl && /off|no encryption/.test(c.g.ssl) ? "消息里的 SSL off/no encryption 表示这次连接没加密；如果服务器只配置了 hostssl 规则（很多云数据库如此），未加密的连接就匹配不到。" : ""}`,
      `The server received the connection, but no pg_hba.conf line matches this connection type, client address${c.g.host ? ` ${ic(c.g.host)}` : ""}, database and user together, so it refuses. ${c.g.ssl && /off|no encryption/.test(c.g.ssl) ? "SSL off/no encryption in the message means this connection was not encrypted; if the server only has hostssl rules (as many cloud databases do), unencrypted connections match nothing." : ""}`,
    ),
  causes: [
    t("托管数据库（Heroku、云厂商）要求 SSL，而客户端没有启用 sslmode=require", "a managed database (Heroku, cloud providers) requires SSL and the client did not set sslmode=require"),
    t("自建服务器的 pg_hba.conf 只允许本机，没有为这个客户端网段添加 host 规则", "a self-hosted server's pg_hba.conf only allows local connections and has no host rule for the client's network"),
    t("规则里的数据库名或用户名不匹配", "the database or user name in the rules does not match"),
  ],
  solutions: [
    {
      title: t("托管数据库：在连接串里启用 SSL", "Managed databases: enable SSL in the connection string"),
      steps: [t("在连接 URL 后加 ?sslmode=require（或驱动的 ssl 选项）。", "Append ?sslmode=require to the connection URL (or set the driver's ssl option).")],
    },
    {
      title: t("自建服务器：为客户端网段添加规则并重载", "Self-hosted: add a rule for the client network and reload"),
      steps: [t("在 pg_hba.conf 增加一行，例如 host <数据库> <用户> 10.0.0.0/24 scram-sha-256，然后执行 SELECT pg_reload_conf();。规则按顺序匹配，第一条匹配的生效。", "Add a line such as host <database> <user> 10.0.0.0/24 scram-sha-256 to pg_hba.conf, then run SELECT pg_reload_conf();. Rules match in order and the first match wins.")],
    },
  ],
  docs: ["https://access.crunchydata.com/documentation/postgresql15/15.3/auth-pg-hba-conf.html", "https://postgresql.org/docs/7.1/client-authentication-problems.html"],
  samples: [{ text: 'FATAL:  no pg_hba.conf entry for host "127.0.0.1", user "drupal", database "drupal", SSL off', source: "https://github.com/geerlingguy/ansible-role-postgresql/issues/17" }],
});
