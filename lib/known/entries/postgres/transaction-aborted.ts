import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "postgres.transaction-aborted",
  category: "database",
  match: ["current transaction is aborted, commands ignored until end of transaction block", "InFailedSqlTransaction"],
  title: t("事务中之前的语句已失败，后续命令都被忽略（25P02）", "An earlier statement failed; the transaction ignores everything until it ends (25P02)"),
  summary: t(
    "这不是根本错误：同一个事务里更早的某条语句已经出错，PostgreSQL 把整个事务标记为失败，在 ROLLBACK 之前拒绝执行任何命令（SQLSTATE 25P02 in_failed_sql_transaction）。要找的是第一条报错的语句。",
    "This is not the root error: an earlier statement in the same transaction failed, so PostgreSQL marked the whole transaction failed and refuses every command until ROLLBACK (SQLSTATE 25P02 in_failed_sql_transaction). Look for the first statement that failed.",
  ),
  causes: [
    t("代码捕获并忽略了前一个 SQL 异常，然后继续用同一个连接/事务执行查询", "the code caught and ignored an earlier SQL exception and kept using the same connection/transaction"),
    t("连接池把一个处于失败事务中的连接还回池里，被下一个请求复用", "a pool returned a connection stuck in a failed transaction, and the next request reused it"),
  ],
  solutions: [
    {
      title: t("找到第一条失败的语句", "Find the first statement that failed"),
      steps: [t("往前翻日志（服务器日志里它就在这条错误之前），修复真正的错误；数据库日志中开启 log_min_error_statement 可以看到失败的 SQL。", "Scroll back in the log (in the server log it comes just before this error) and fix the real error; log_min_error_statement shows the failing SQL in the server log.")],
    },
    {
      title: t("出错后回滚再继续", "Roll back after an error before continuing"),
      steps: [t("在异常处理里执行 rollback()（或使用 with 事务上下文自动回滚）；只想忽略单条语句的错误时，用 SAVEPOINT 包住它并在出错时 ROLLBACK TO SAVEPOINT。", "Call rollback() in the exception handler (or use a transaction context manager that rolls back); to ignore one statement's failure, wrap it in a SAVEPOINT and ROLLBACK TO SAVEPOINT on error.")],
    },
  ],
  docs: ["https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html", "https://github.com/opentraffic/datastore/issues/17"],
  samples: [{ text: "2023-05-09 09:28:37.964 UTC [341] ERROR:  current transaction is aborted, commands ignored until end of transaction block", source: "https://github.com/expaso/hassos-addon-timescaledb/issues/35" }],
});
