import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "mysql.no-such-table",
  category: "database",
  match: [/Table '(?<table>[\w$.-]{1,130})' doesn't exist/],
  title: (c) => t(`表 ${ic(c.g.table ?? "")} 不存在（1146）`, `Table ${ic(c.g.table ?? "")} does not exist (1146)`),
  summary: (c) => t(`查询引用的表 ${ic(c.g.table ?? "")}（库名.表名）在服务器上找不到（错误 1146 ER_NO_SUCH_TABLE，SQLSTATE 42S02）。`, `The table ${ic(c.g.table ?? "")} (database.table) named in the query cannot be found on the server (error 1146 ER_NO_SUCH_TABLE, SQLSTATE 42S02).`),
  causes: [
    t("还没运行迁移/建表脚本", "migrations or the schema script have not been run"),
    t("连错了数据库（消息里的库名就是实际查找的库）", "connected to the wrong database (the database name in the message is where it looked)"),
    t("表名大小写不同：Linux 上默认 lower_case_table_names=0，表名区分大小写，而 Windows/macOS 不区分", "table name case: on Linux lower_case_table_names=0 by default, so names are case-sensitive, unlike on Windows/macOS"),
  ],
  solutions: [
    {
      title: t("核对库名和表名，再建表或迁移", "Check the database and table names, then create or migrate"),
      steps: [t("在同一连接执行 SELECT DATABASE(); SHOW TABLES; 对照消息里的名字；缺表就运行迁移。", "On the same connection run SELECT DATABASE(); SHOW TABLES; and compare with the name in the message; run the migrations if the table is missing.")],
    },
    {
      title: t("Linux 上统一表名大小写", "Use one table-name case on Linux"),
      steps: [t("代码和迁移中统一使用小写表名；lower_case_table_names 只能在初始化数据目录时设置，不能事后修改。", "Use lower-case table names in code and migrations; lower_case_table_names can only be set when the data directory is initialised, not changed later.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html"],
  samples: [{ text: "mysql> SELECT * FROM no_such_table;\nERROR 1146 (42S02): Table 'test.no_such_table' doesn't exist", source: "https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html" }],
});
