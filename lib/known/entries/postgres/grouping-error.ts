import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "postgres.grouping-error",
  category: "database",
  match: [/column "(?<col>[^"\n]{1,128})" must appear in the GROUP BY clause or be used in an aggregate function/],
  title: (c) => t(`${c.g.col ? ic(c.g.col) : "这一列"}既不在 GROUP BY 中，也没有被聚合（42803）`, `${c.g.col ? ic(c.g.col) : "A column"} is neither in GROUP BY nor aggregated (42803)`),
  summary: (c) =>
    t(
      `有 GROUP BY（或聚合函数）时，SELECT/ORDER BY/HAVING 里的每一列要么出现在 GROUP BY 中，要么包在聚合函数里；${c.g.col ? ic(c.g.col) : "这一列"}两者都不是，PostgreSQL 不知道每组该取哪一行的值（SQLSTATE 42803 grouping_error）。MySQL 在宽松模式下会随便取一个值，所以同样的 SQL 在 MySQL 上能跑。`,
      `With GROUP BY (or an aggregate), every column in SELECT/ORDER BY/HAVING must be grouped or wrapped in an aggregate; ${c.g.col ? ic(c.g.col) : "this column"} is neither, so PostgreSQL cannot tell which row's value to use per group (SQLSTATE 42803 grouping_error). MySQL in lenient mode picks an arbitrary value, which is why the same SQL runs there.`,
    ),
  causes: [
    t("SELECT 列表里多了一个没有分组的列", "an ungrouped column is in the SELECT list"),
    t("ORDER BY 用了原始列而 GROUP BY 用的是表达式或别名（如 to_char(created_at) 分组却按 created_at 排序）", "ORDER BY uses the raw column while GROUP BY uses an expression or alias (grouping by to_char(created_at) but ordering by created_at)"),
    t("从 MySQL 迁移过来的查询依赖 MySQL 的宽松分组", "a query ported from MySQL relies on its lenient grouping"),
  ],
  solutions: [
    {
      title: t("把该列加进 GROUP BY，或用聚合函数包起来", "Add the column to GROUP BY, or wrap it in an aggregate"),
      steps: [
        t("每组只有一个取值时加进 GROUP BY；需要某个代表值时用 max()/min()/array_agg() 等。按主键分组时，PostgreSQL 允许直接引用同表的其他列。", "Add it to GROUP BY when it has one value per group; use max()/min()/array_agg() when you need a representative value. When grouping by a table's primary key, PostgreSQL lets you reference that table's other columns."),
        t("排序时用与 GROUP BY 相同的表达式或它的别名。", "Order by the same expression as GROUP BY, or its alias."),
      ],
    },
    {
      title: t("或者用 DISTINCT ON / 窗口函数取每组一行", "Or take one row per group with DISTINCT ON / window functions"),
      steps: [t("需要每组的“整行”时，用 SELECT DISTINCT ON (分组列) … ORDER BY 分组列, 排序列，或 row_number() OVER (PARTITION BY …) 过滤出第一行。", "When you need a whole row per group use SELECT DISTINCT ON (group columns) … ORDER BY group columns, sort column, or filter row_number() OVER (PARTITION BY …) to the first row.")],
    },
  ],
  docs: ["https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html", "https://github.com/postgis/h3-pg/issues/62"],
  samples: [{ text: 'ActiveRecord::StatementInvalid: PG::Error: ERROR:  column "drops.created_at" must appear in the GROUP BY clause or be used in an aggregate function', source: "https://github.com/ankane/groupdate/issues/6" }],
});
