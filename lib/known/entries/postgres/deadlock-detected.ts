import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "postgres.deadlock-detected",
  category: "database",
  match: [/ERROR:\s{1,4}deadlock detected/, "DeadlockDetected", /\bdeadlock detected\b[^\n]{0,200}\n[^\n]{0,40}DETAIL:\s{1,4}Process \d{1,10} waits for/],
  title: t("PostgreSQL 检测到死锁，本事务被中止（40P01）", "PostgreSQL detected a deadlock and aborted this transaction (40P01)"),
  summary: t(
    "两个事务各自持有对方需要的锁并互相等待；PostgreSQL 在 deadlock_timeout（默认 1 秒）后检测到死锁，中止其中一个事务（SQLSTATE 40P01 deadlock_detected）。DETAIL 行列出了互相等待的进程和语句。",
    "Two transactions each hold a lock the other needs and wait on each other; after deadlock_timeout (1 second by default) PostgreSQL detects it and aborts one of them (SQLSTATE 40P01 deadlock_detected). The DETAIL lines list the processes and statements involved.",
  ),
  causes: [
    t("不同代码路径以不同顺序更新相同的行", "different code paths update the same rows in different orders"),
    t("批量更新没有按固定顺序（如主键）处理行", "bulk updates do not process rows in a fixed order (such as by primary key)"),
  ],
  solutions: [
    {
      title: t("让所有事务按相同顺序加锁", "Take locks in the same order everywhere"),
      steps: [t("对要更新的行按主键排序后再更新，或者先用 SELECT … ORDER BY id FOR UPDATE 统一加锁。", "Sort the rows to update by primary key, or lock them first with SELECT … ORDER BY id FOR UPDATE.")],
    },
    {
      title: t("在应用中重试被中止的事务", "Retry the aborted transaction in the application"),
      steps: [t("40P01 与序列化失败一样可以安全地整体重试；捕获后从事务开头重做几次。", "Like serialization failures, 40P01 is safe to retry as a whole; catch it and redo the transaction from the start a few times.")],
    },
  ],
  docs: ["https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html"],
  samples: [{ text: "ERROR:  deadlock detected\nDETAIL:  Process 28373 waits for ShareLock on transaction 1245; blocked by process 28374.\nProcess 28374 waits for ShareLock on transaction 1244; blocked by process 28373.", source: "https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html" }],
});
