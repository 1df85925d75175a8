import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "mysql.duplicate-entry",
  category: "database",
  match: [/Duplicate entry '(?<val>[^'\n]{0,200})' for key '?(?<key>[\w.$-]{1,128})'?/],
  title: (c) => t(`值 ${ic(c.g.val ?? "")} 与唯一索引 ${ic(c.g.key ?? "")} 重复（1062）`, `Value ${ic(c.g.val ?? "")} duplicates unique key ${ic(c.g.key ?? "")} (1062)`),
  summary: (c) => t(`插入或更新的行在唯一索引/主键 ${ic(c.g.key ?? "")} 上的值 ${ic(c.g.val ?? "")} 已经存在（错误 1062 ER_DUP_ENTRY，SQLSTATE 23000）。`, `The inserted or updated row has ${ic(c.g.val ?? "")} on unique index or primary key ${ic(c.g.key ?? "")}, which already exists (error 1062 ER_DUP_ENTRY, SQLSTATE 23000).`),
  causes: [
    t("业务唯一值（邮箱、用户名、订单号）确实重复，插入前没有检查", "a business-unique value (email, user name, order number) really is duplicated and nobody checked first"),
    t("导入数据或重复执行同一批插入（重试、重放）", "a data import, or the same batch inserted twice (retries, replays)"),
    t("并发请求同时插入同一条记录", "concurrent requests insert the same record at once"),
  ],
  solutions: [
    {
      title: t("用 upsert 或忽略重复", "Upsert, or ignore duplicates"),
      steps: [t("INSERT … ON DUPLICATE KEY UPDATE 在冲突时改为更新；只想跳过时用 INSERT IGNORE（它也会吞掉其他警告，慎用）。", "INSERT … ON DUPLICATE KEY UPDATE turns the conflict into an update; INSERT IGNORE skips it (it also swallows other warnings, use with care).")],
    },
    {
      title: t("在应用里处理 1062", "Handle 1062 in the application"),
      steps: [t("捕获错误号 1062，提示“已存在”，而不是返回 500。", "Catch error 1062 and report “already exists” instead of a 500.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html"],
  samples: [{ text: "ERROR 1062 (23000): Duplicate entry 'alice@example.com' for key 'users.email'", source: "https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html" }],
});
