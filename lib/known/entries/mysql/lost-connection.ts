import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "mysql.lost-connection",
  category: "database",
  match: ["Lost connection to MySQL server during query", "MySQL server has gone away", "Lost connection to server during query"],
  title: t("与 MySQL 的连接在使用中断开了（2013 / 2006）", "The MySQL connection dropped while in use (2013 / 2006)"),
  summary: t(
    "连接曾经建立过，但在查询过程中（2013 CR_SERVER_LOST）或下一次使用时（2006 CR_SERVER_GONE_ERROR）发现已被关闭：服务器因空闲超时、包太大或重启关掉了它，或中间的网络/代理切断了它。",
    "The connection had been established, but it was found closed during a query (2013 CR_SERVER_LOST) or on next use (2006 CR_SERVER_GONE_ERROR): the server closed it for idling, an oversized packet or a restart, or something in the network or a proxy cut it.",
  ),
  causes: [
    t("连接池里的连接空闲超过 wait_timeout（默认 8 小时）被服务器关闭，应用仍在使用它", "a pooled connection idled past wait_timeout (8 hours by default), the server closed it, and the application reused it"),
    t("发送的语句或数据超过 max_allowed_packet（大批量插入、大 BLOB）", "a statement or data larger than max_allowed_packet (bulk inserts, big BLOBs)"),
    t("查询执行太久被超时/代理/负载均衡断开，或 mysqld 崩溃重启（看错误日志，常见是内存不足被 OOM 杀掉）", "a long query was cut by a timeout, proxy or load balancer, or mysqld crashed and restarted (check its error log; OOM kills are common)"),
  ],
  solutions: [
    {
      title: t("让连接池在使用前检测、定期回收连接", "Make the pool validate and recycle connections"),
      steps: [t("设置连接的最大存活时间小于 wait_timeout，并开启借出前检测（如 SQLAlchemy 的 pool_pre_ping、pool_recycle）。", "Set the connection max lifetime below wait_timeout and enable validation on checkout (e.g. SQLAlchemy pool_pre_ping and pool_recycle).")],
    },
    {
      title: t("大包：调大 max_allowed_packet 或分批发送", "Large packets: raise max_allowed_packet or send in batches"),
      steps: [t("SHOW VARIABLES LIKE 'max_allowed_packet'; 查看当前值，服务器和客户端都要调；或者把大批量写入拆小。", "Check SHOW VARIABLES LIKE 'max_allowed_packet'; raise it on both server and client, or split big writes.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/8.0/en/client-error-reference.html"],
  samples: [{ text: "ERROR 2013 (HY000): Lost connection to MySQL server during query", source: "https://dev.mysql.com/doc/mysql-errors/8.0/en/client-error-reference.html" }],
});
