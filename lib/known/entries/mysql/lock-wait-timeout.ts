import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "mysql.lock-wait-timeout",
  category: "database",
  match: ["Lock wait timeout exceeded; try restarting transaction"],
  title: t("等待行锁超时（1205）", "Timed out waiting for a row lock (1205)"),
  summary: t(
    "这条语句要锁的行被另一个事务持有，等待超过 innodb_lock_wait_timeout（默认 50 秒）后放弃（错误 1205 ER_LOCK_WAIT_TIMEOUT）。默认只回滚这一条语句而不是整个事务。",
    "The rows this statement needs are locked by another transaction, and it gave up after innodb_lock_wait_timeout (50 seconds by default) (error 1205 ER_LOCK_WAIT_TIMEOUT). By default only this statement is rolled back, not the whole transaction.",
  ),
  causes: [
    t("另一个长事务（或忘了提交的会话、交互式客户端里开着的事务）持有锁", "another long transaction (or a session that never committed, an open transaction in an interactive client) holds the lock"),
    t("批量更新/删除没有走索引，锁住了大量行", "a bulk UPDATE/DELETE without a usable index locks many rows"),
  ],
  solutions: [
    {
      title: t("找到持有锁的事务", "Find the transaction holding the lock"),
      steps: [t("查看运行时间最长的事务及其线程；确认无害后提交它或 KILL 对应线程。", "Look at the longest-running transactions and their threads; commit or KILL the thread once you know it is safe.")],
      code: () => block("sql", ["SELECT trx_id, trx_state, trx_started, trx_mysql_thread_id, trx_query", "FROM information_schema.innodb_trx", "ORDER BY trx_started;"]),
    },
    {
      title: t("缩短事务，给过滤条件建索引", "Keep transactions short and index the filters"),
      steps: [t("事务里不要做网络调用或等待用户输入；UPDATE/DELETE 的 WHERE 列要有索引；应用层对 1205 做有限次重试。", "Do no network calls or user waits inside transactions; index the WHERE columns of UPDATE/DELETE; retry 1205 a few times in the application.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html"],
  samples: [{ text: "ERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction", source: "https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html" }],
});
