import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "mysql.auth-plugin-unsupported",
  category: "database",
  priority: 1,
  match: [
    "Client does not support authentication protocol requested by server",
    /Authentication plugin '(?<plugin>caching_sha2_password|sha256_password)' (?:cannot be loaded|is not supported|reported error)/,
  ],
  title: (c) => t(`客户端不支持服务器要求的认证插件${c.g.plugin ? ` ${ic(c.g.plugin)}` : "（caching_sha2_password）"}`, `The client cannot speak the server's auth plugin${c.g.plugin ? ` ${ic(c.g.plugin)}` : " (caching_sha2_password)"}`),
  summary: t(
    "MySQL 8.0 起新账号默认使用 caching_sha2_password 认证插件（8.4 起 mysql_native_password 被弃用，9.x 中已不再提供）。旧的客户端库/驱动（例如 Node 的 mysql 包、旧版 libmysqlclient、旧 PHP）不会这种认证，于是报 1251 或 2059。",
    "Since MySQL 8.0 new accounts use the caching_sha2_password plugin by default (mysql_native_password is deprecated in 8.4 and gone in 9.x). Old client libraries and drivers (Node's mysql package, old libmysqlclient, old PHP) cannot do this authentication, so they fail with 1251 or 2059.",
  ),
  causes: [
    t("Node.js 用的是 mysql（mysqljs）包，它不支持 caching_sha2_password", "Node.js uses the mysql (mysqljs) package, which does not support caching_sha2_password"),
    t("客户端/连接器版本早于 MySQL 8.0", "the client or connector predates MySQL 8.0"),
    t("MariaDB 的客户端库连接 MySQL 8 的 caching_sha2_password 账号", "a MariaDB client library connects to a MySQL 8 caching_sha2_password account"),
  ],
  solutions: [
    {
      title: t("升级驱动/客户端到支持 caching_sha2_password 的版本（推荐）", "Upgrade the driver/client to one that supports caching_sha2_password (recommended)"),
      steps: [t("Node.js 改用 mysql2 包（接口基本兼容）；其他语言升级到 MySQL 8 时代的连接器。", "In Node.js switch to the mysql2 package (largely API-compatible); elsewhere upgrade to a MySQL 8-era connector.")],
    },
    {
      title: t("临时办法：把该账号改回 mysql_native_password（仅 8.0/8.4）", "Stopgap: switch that account back to mysql_native_password (8.0/8.4 only)"),
      steps: [t("ALTER USER 'app'@'%' IDENTIFIED WITH mysql_native_password BY '…'; 该插件在 8.4 中已弃用、默认禁用，9.x 中不可用，所以这只是过渡方案。", "ALTER USER 'app'@'%' IDENTIFIED WITH mysql_native_password BY '…'; the plugin is deprecated and disabled by default in 8.4 and gone in 9.x, so this is only a bridge.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/refman/9.7/en/caching-sha2-pluggable-authentication.html", "https://github.com/mysqljs/mysql/pull/2233", "https://github.com/Bajdzis/vscode-database/issues/104"],
  samples: [
    { text: "Connection error! ER_NOT_SUPPORTED_AUTH_MODE: Client does not support authentication protocol requested by server; consider upgrading MySQL client", source: "https://github.com/Bajdzis/vscode-database/issues/219" },
    { text: "ERROR 2059 (HY000): Authentication plugin 'caching_sha2_password' cannot be loaded: /usr/lib/mysql/plugin/caching_sha2_password.so: cannot open shared object file: No such file or directory", source: "https://dev.mysql.com/doc/mysql-errors/8.0/en/client-error-reference.html" },
  ],
});
