import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "mysql.too-many-connections",
  category: "database",
  match: [/ERROR 1040 \(\w{5}\): Too many connections/, "ER_CON_COUNT_ERROR", /\(1040, ['"]Too many connections/],
  title: t("MySQL 连接数已满（1040）", "MySQL has no connections left (1040)"),
  summary: t(
    "当前连接数达到了 max_connections（默认 151），新连接被拒（错误 1040 ER_CON_COUNT_ERROR）。MySQL 额外保留一个连接给有 CONNECTION_ADMIN/SUPER 权限的管理员，用来排查。",
    "The number of connections reached max_connections (151 by default) and new ones are refused (error 1040 ER_CON_COUNT_ERROR). MySQL keeps one extra connection for an administrator with CONNECTION_ADMIN/SUPER so you can investigate.",
  ),
  causes: [
    t("应用连接泄漏或每个请求新建连接", "the application leaks connections or opens one per request"),
    t("多个实例的连接池上限之和超过 max_connections", "the pool limits of several instances add up to more than max_connections"),
    t("慢查询/锁等待让连接长时间占用", "slow queries or lock waits hold connections for a long time"),
  ],
  solutions: [
    {
      title: t("看连接都在做什么", "See what the connections are doing"),
      steps: [t("按用户、来源主机和状态统计 processlist；大量 Sleep 说明连接池过大或泄漏。", "Group the processlist by user, host and command; many Sleep rows mean oversized pools or a leak.")],
      code: () => block("sql", ["SELECT user, SUBSTRING_INDEX(host, ':', 1) AS client, command, COUNT(*) AS n", "FROM information_schema.processlist", "GROUP BY user, client, command", "ORDER BY n DESC;"]),
    },
    {
      title: t("修复连接使用，必要时调大上限", "Fix connection use, raise the limit if needed"),
      steps: [t("让所有连接池上限之和低于 max_connections；确需更多时 SET GLOBAL max_connections = …（并写入配置文件持久化）。", "Keep the sum of pool sizes below max_connections; if you really need more, SET GLOBAL max_connections = … (and persist it in the configuration file).")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html"],
  samples: [{ text: "ERROR 1040 (08004): Too many connections", source: "https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html" }],
});
