import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "mysql.unknown-column",
  category: "database",
  match: [/Unknown column '(?<col>[^'\n]{1,130})' in '(?<where>[^'\n]{1,60})'/],
  title: (c) => t(`列 ${ic(c.g.col ?? "")} 不存在（1054）`, `Column ${ic(c.g.col ?? "")} does not exist (1054)`),
  summary: (c) => t(`语句的 ${ic(c.g.where ?? "")} 部分引用了列 ${ic(c.g.col ?? "")}，但相关表里没有这一列（错误 1054 ER_BAD_FIELD_ERROR）。`, `The ${ic(c.g.where ?? "")} part of the statement references column ${ic(c.g.col ?? "")}, which the tables involved do not have (error 1054 ER_BAD_FIELD_ERROR).`),
  causes: [
    t("模型/代码已加了字段，但数据库还没执行对应的迁移", "the model or code gained a field but the migration has not run on this database"),
    t("拼写错误，或字符串值用了双引号/反引号被当成列名（ANSI_QUOTES 模式下双引号是标识符）", "a typo, or a string value in backticks (or double quotes under ANSI_QUOTES) read as a column name"),
    t("在 WHERE 里引用了 SELECT 中定义的别名（WHERE 先于 SELECT 求值）", "a SELECT alias referenced in WHERE (WHERE is evaluated before SELECT)"),
  ],
  solutions: [
    {
      title: t("对照表结构，补迁移或改写语句", "Compare with the table definition; migrate or fix the statement"),
      steps: [t("SHOW COLUMNS FROM 表名; 确认列名；缺列就执行迁移；字符串值用单引号；别名条件改写到 HAVING 或子查询。", "SHOW COLUMNS FROM the table to check names; run the migration if the column is missing; quote string values with single quotes; move alias conditions to HAVING or a subquery.")],
    },
    {
      title: t("确认连的是迁移过的那个库", "Make sure you are on the migrated database"),
      steps: [t("SELECT DATABASE(); 确认当前库；多环境（开发/测试/生产）时，迁移可能只在其中一个库上执行过。", "Check SELECT DATABASE(); with several environments (dev/test/prod) the migration may have run on only one of them.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html"],
  samples: [{ text: "ERROR 1054 (42S22): Unknown column 'created_by' in 'field list'", source: "https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html" }],
});
