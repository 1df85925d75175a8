import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "postgres.not-null-violation",
  category: "database",
  match: [/null value in column "(?<col>[^"\n]{1,128})"(?: of relation "(?<rel>[^"\n]{1,128})")? violates not-null constraint/],
  title: (c) => t(`列 ${ic(c.g.col ?? "")} 不允许为空，但写入时没有值（23502）`, `Column ${ic(c.g.col ?? "")} is NOT NULL but got no value (23502)`),
  summary: (c) =>
    t(
      `插入或更新的行在 ${ic(c.g.col ?? "")}${c.g.rel ? `（表 ${ic(c.g.rel)}）` : ""} 上没有值，而该列定义为 NOT NULL 且没有默认值（SQLSTATE 23502 not_null_violation）。消息的 DETAIL 行会列出失败的整行。`,
      `The inserted or updated row has no value for ${ic(c.g.col ?? "")}${c.g.rel ? ` (table ${ic(c.g.rel)})` : ""}, which is NOT NULL with no default (SQLSTATE 23502 not_null_violation). The DETAIL line shows the failing row.`,
    ),
  causes: [
    t("应用没有传这个字段（表单/JSON 里缺失、ORM 模型里没有映射）", "the application did not send the field (missing from the form/JSON, not mapped in the ORM model)"),
    t("主键 id 列没有默认值（没有 SERIAL/IDENTITY），ORM 又没有生成 id", "the id primary key has no default (no SERIAL/IDENTITY) and the ORM does not generate one"),
    t("迁移新增了 NOT NULL 列但没有默认值", "a migration added a NOT NULL column without a default"),
  ],
  solutions: [
    {
      title: t("写入时提供该列的值，或给列加默认值", "Supply the value, or give the column a default"),
      steps: [t("检查写入代码是否真的设置了这个字段；主键用 GENERATED ALWAYS AS IDENTITY（或 SERIAL）自动生成；确实可以为空的列去掉 NOT NULL。", "Check that the writing code really sets the field; generate primary keys with GENERATED ALWAYS AS IDENTITY (or SERIAL); drop NOT NULL on columns that may really be empty.")],
    },
    {
      title: t("新增 NOT NULL 列时带上默认值", "Add NOT NULL columns with a default"),
      steps: [t("ALTER TABLE … ADD COLUMN … NOT NULL DEFAULT …，让已有行和未提供值的插入都有值。", "ALTER TABLE … ADD COLUMN … NOT NULL DEFAULT … so existing rows and inserts without the value both get one.")],
    },
  ],
  docs: ["https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html"],
  samples: [{ text: 'ERROR:  null value in column "email" of relation "users" violates not-null constraint\nDETAIL:  Failing row contains (7, null, 2024-05-01 10:00:00).', source: "https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html" }],
});
