import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "mysql.only-full-group-by",
  category: "database",
  match: [/Expression #(?<pos>\d{1,3}) of (?:SELECT|ORDER BY) (?:list|clause) is not in GROUP BY clause and contains nonaggregated column '(?<col>[^'\n]{1,200})' which is not functionally dependent on columns in GROUP BY clause; this is incompatible with sql_mode=only_full_group_by/i, /this is incompatible with sql_mode=only_full_group_by/i],
  title: (c) => (c.g.col ? t(`列 ${c.g.col} 既不在 GROUP BY 里也没有聚合（ONLY_FULL_GROUP_BY，1055）`, `Column ${c.g.col} is neither grouped nor aggregated (ONLY_FULL_GROUP_BY, 1055)`) : t("SELECT 里有未分组、未聚合的列（ONLY_FULL_GROUP_BY，1055）", "The SELECT list has a column that is neither grouped nor aggregated (ONLY_FULL_GROUP_BY, 1055)")),
  summary: (c) =>
    t(
      `MySQL 5.7 起默认开启 ONLY_FULL_GROUP_BY：GROUP BY 查询里，SELECT${c.g.pos ? `（第 ${c.g.pos} 个表达式${c.g.col ? ` ${ic(c.g.col)}` : ""}）` : ""}中的每一列都必须出现在 GROUP BY 里、被聚合函数包住，或者由分组列唯一决定（比如分组列是主键）。否则同一组里有多行时，MySQL 不知道该取哪一行的值。老版本会随便取一行，所以升级后旧代码才开始报错。`,
      `Since MySQL 5.7 ONLY_FULL_GROUP_BY is on by default: in a GROUP BY query every selected column${c.g.col ? ` (expression #${c.g.pos}, ${ic(c.g.col)})` : ""} must be in the GROUP BY, wrapped in an aggregate, or functionally determined by the grouped columns (e.g. grouping by the primary key). Otherwise, with several rows per group, MySQL cannot know which row's value to return. Older versions silently picked one, which is why old code starts failing after an upgrade.`,
    ),
  causes: [
    t("SELECT 了额外的列，却只按其中一部分分组", "the query selects extra columns but groups by only some of them"),
    t("代码是按 MySQL 5.6 及以前或关闭了该模式的服务器写的", "the code was written for MySQL 5.6 or earlier, or a server with the mode turned off"),
  ],
  solutions: [
    {
      title: t("修正查询：分组、聚合，或明确取任意值", "Fix the query: group it, aggregate it, or ask for any value explicitly"),
      steps: [t("把该列加入 GROUP BY，或用 MAX()/MIN()/GROUP_CONCAT() 聚合；如果同组里它的值确实都一样，用 ANY_VALUE() 明确说明。", "Add the column to GROUP BY or aggregate it with MAX()/MIN()/GROUP_CONCAT(); if it really is the same within each group, say so with ANY_VALUE().")],
      code: (c) => {
        const col = (c.g.col ?? "t.name").split(".").slice(-2).join(".");
        return block("sql", [`SELECT t.group_col, ANY_VALUE(${col}) AS ${col.split(".").pop() ?? "value"}, COUNT(*)`, "FROM t", "GROUP BY t.group_col;"]);
      },
    },
    {
      title: t("临时方案：在会话里关闭 ONLY_FULL_GROUP_BY", "Stopgap: turn ONLY_FULL_GROUP_BY off for the session"),
      steps: [t("只影响当前连接；若要全局修改，写进 my.cnf 的 [mysqld] sql_mode（重启后仍生效）。这会恢复“随便取一行”的不确定结果，长期还是应当修正查询。", "This affects the current connection only; for a global change set sql_mode under [mysqld] in my.cnf so it survives restarts. It brings back the arbitrary-row results, so fixing the query is the lasting answer.")],
      code: () => block("sql", ["SET SESSION sql_mode = (SELECT REPLACE(@@SESSION.sql_mode, 'ONLY_FULL_GROUP_BY', ''));"]),
    },
  ],
  docs: ["https://dev.mysql.com/doc/refman/8.0/en/group-by-handling.html", "https://dev.mysql.com/doc/refman/8.0/en/miscellaneous-functions.html#function_any-value", "https://github.com/sn3p/utstats/issues/1"],
  samples: [
    { text: "SQLSTATE[42000]: Syntax error or access violation: 1055 Expression #1 of SELECT list is not in GROUP BY clause and contains nonaggregated column 'billsource.message.id' which is not functionally dependent on columns in GROUP BY clause; this is incompatible with sql_mode=only_full_group_by\nThe SQL being executed was: SELECT * FROM `message` WHERE `to`=4 GROUP BY `from`", source: "https://github.com/thyseus/yii2-message/issues/7" },
    { text: "ERROR 1055 (42000): Expression #1 of SELECT list is not in GROUP BY clause and contains nonaggregated column 'database_tl.emp.id' which is not functionally dependent on columns in GROUP BY clause; this is incompatible with sql_mode=only_full_group_by", source: "https://github.com/lensh/vue-qq/issues/8" },
  ],
});
