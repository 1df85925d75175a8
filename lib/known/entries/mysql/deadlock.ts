import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "mysql.deadlock",
  category: "database",
  match: ["Deadlock found when trying to get lock; try restarting transaction"],
  title: t("InnoDB 检测到死锁，本事务被回滚（1213）", "InnoDB detected a deadlock and rolled this transaction back (1213)"),
  summary: t(
    "两个（或多个）事务互相等待对方持有的锁，InnoDB 选择回滚其中一个（错误 1213 ER_LOCK_DEADLOCK，SQLSTATE 40001）。被回滚的是整个事务，需要从头重试。",
    "Two (or more) transactions wait for locks the other holds; InnoDB rolled one of them back (error 1213 ER_LOCK_DEADLOCK, SQLSTATE 40001). The whole transaction was rolled back and must be retried from the start.",
  ),
  causes: [
    t("不同代码路径以不同顺序更新同一组行/表", "different code paths update the same rows or tables in different orders"),
    t("缺少索引导致锁住的范围比需要的大（间隙锁、next-key 锁）", "missing indexes make the locked range larger than needed (gap and next-key locks)"),
  ],
  solutions: [
    {
      title: t("在应用中重试整个事务", "Retry the whole transaction in the application"),
      steps: [t("死锁在高并发下无法完全避免；捕获 1213 后从事务开头重试几次。", "Deadlocks cannot be fully avoided under concurrency; catch 1213 and retry the transaction from its start a few times.")],
    },
    {
      title: t("查看最近一次死锁并统一加锁顺序", "Read the latest deadlock and make lock order consistent"),
      steps: [t("SHOW ENGINE INNODB STATUS 的 LATEST DETECTED DEADLOCK 段列出两条语句和它们等待的锁；让所有路径按相同顺序访问行，并补齐索引。", "The LATEST DETECTED DEADLOCK section of SHOW ENGINE INNODB STATUS lists both statements and the locks they waited for; access rows in one order everywhere and add missing indexes.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html"],
  samples: [{ text: "ERROR 1213 (40001): Deadlock found when trying to get lock; try restarting transaction", source: "https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html" }],
});
