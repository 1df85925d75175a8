import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "sqlite.unique-constraint",
  category: "database",
  match: [/UNIQUE constraint failed: (?<cols>[\w.$]{1,128}(?:, [\w.$]{1,128}){0,8})/],
  title: (c) => t(`违反唯一约束：${ic(c.g.cols ?? "")} 已存在相同的值`, `UNIQUE constraint failed on ${ic(c.g.cols ?? "")}`),
  summary: (c) => t(`表里已经有一行在 ${ic(c.g.cols ?? "")} 上取相同的值，新插入或更新的行与它重复（SQLITE_CONSTRAINT_UNIQUE / PRIMARYKEY）。`, `A row already has the same value in ${ic(c.g.cols ?? "")}, and the inserted or updated row duplicates it (SQLITE_CONSTRAINT_UNIQUE / PRIMARYKEY).`),
  causes: [
    t("业务上唯一的值（用户名、邮箱）确实重复，插入前没有检查", "a business-unique value (user name, email) really is duplicated and was not checked first"),
    t("插入时手动指定了已存在的主键 id，或重复执行了同一批导入/种子数据", "an explicit primary key id that already exists, or the same import/seed data run twice"),
  ],
  solutions: [
    {
      title: t("用 upsert 处理重复", "Handle duplicates with an upsert"),
      steps: [t("SQLite 3.24+ 支持 INSERT … ON CONFLICT(列) DO UPDATE / DO NOTHING；只想跳过可用 INSERT OR IGNORE。种子数据要写成可重复执行。", "SQLite 3.24+ supports INSERT … ON CONFLICT(column) DO UPDATE / DO NOTHING; INSERT OR IGNORE just skips. Make seed scripts idempotent.")],
    },
    {
      title: t("让主键交给数据库生成", "Let the database generate primary keys"),
      steps: [t("INTEGER PRIMARY KEY 列插入时不要显式传 id，由 SQLite 自动分配，避免与已有行冲突。", "Do not pass an explicit id for an INTEGER PRIMARY KEY column; let SQLite assign it so it never clashes with existing rows.")],
    },
  ],
  docs: ["https://sqlite.org/rescode.html", "https://docs.rs/lunatic-twitchax-patch/latest/lunatic_twitchax_patch/sqlite/enum.SqliteCode.html"],
  samples: [{ text: "sqlite3.IntegrityError: UNIQUE constraint failed: users.email", source: "https://sqlite.org/rescode.html" }],
});
