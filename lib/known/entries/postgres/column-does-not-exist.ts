import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "postgres.column-does-not-exist",
  category: "database",
  match: [/column "(?<col>[^"\n]{1,128})" (?:of relation "(?<rel>[^"\n]{1,128})" )?does not exist/],
  title: (c) => t(`列 ${ic(c.g.col ?? "")} 不存在（42703）`, `Column ${ic(c.g.col ?? "")} does not exist (42703)`),
  summary: (c) =>
    t(
      `语句引用的列 ${ic(c.g.col ?? "")}${c.g.rel ? `（表 ${ic(c.g.rel)}）` : ""} 找不到（SQLSTATE 42703）。PostgreSQL 会把未加引号的标识符折叠成小写，而用双引号创建的大小写混合列名必须始终加引号引用；字符串值要用单引号，双引号表示标识符。`,
      `The column ${ic(c.g.col ?? "")}${c.g.rel ? ` (table ${ic(c.g.rel)})` : ""} named in the statement cannot be found (SQLSTATE 42703). PostgreSQL folds unquoted identifiers to lower case, so mixed-case columns created with double quotes must always be quoted; string values take single quotes, double quotes mean identifiers.`,
    ),
  causes: [
    t("字符串值用了双引号，如 WHERE name = \"bob\"，被当作列名", "a string value in double quotes, e.g. WHERE name = \"bob\", read as a column name"),
    t("列名大小写：建表时是 \"userId\"，查询时写成 userId（被折叠成 userid）", "column case: created as \"userId\" and queried as userId (folded to userid)"),
    t("迁移还没执行，代码已经在用新列", "the migration adding the column has not run while the code already uses it"),
  ],
  solutions: [
    {
      title: t("字符串值用单引号，大小写混合的列名加双引号", "Single-quote string values; double-quote mixed-case columns"),
      steps: [t("WHERE name = 'bob'；SELECT \"userId\" FROM …。更好的做法是列名一律用小写加下划线。", "WHERE name = 'bob'; SELECT \"userId\" FROM …. Better still, name columns in lower snake_case.")],
    },
    {
      title: t("对照表结构，必要时执行迁移", "Compare with the table definition and migrate if needed"),
      steps: [t("psql 中用 \\d 表名 查看实际列名；缺列就运行迁移。", "Use \\d table in psql to see the real column names; run the migration if the column is missing.")],
    },
  ],
  docs: ["https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html"],
  samples: [{ text: "ERROR:  column \"bob\" does not exist\nLINE 1: SELECT * FROM users WHERE name = \"bob\";\n                                         ^", source: "https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html" }],
});
