import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "postgres.value-too-long",
  category: "database",
  match: [/value too long for type (?<type>character varying|character|varchar|bit varying)\((?<len>\d{1,6})\)/],
  title: (c) => t(`字符串超过了列的长度上限 ${c.g.type}(${c.g.len})（22001）`, `A string is longer than the column's ${c.g.type}(${c.g.len}) limit (22001)`),
  summary: (c) =>
    t(
      `写入的某个值超过了 ${ic(`${c.g.type}(${c.g.len})`)} 允许的 ${c.g.len} 个字符，PostgreSQL 不会悄悄截断，而是拒绝整条语句（SQLSTATE 22001 string_data_right_truncation）。报错不会说是哪一列：找出表里所有长度为 ${c.g.len} 的列，和这次写入的值逐一对照。${c.g.len === "255" ? "varchar(255) 常常是 ORM 的默认长度（Rails string、JPA @Column、Doctrine 等），存 URL、令牌、描述时很容易超出。" : ""}`,
      `A value is longer than the ${c.g.len} characters ${ic(`${c.g.type}(${c.g.len})`)} allows; PostgreSQL does not truncate silently but rejects the whole statement (SQLSTATE 22001 string_data_right_truncation). The error does not name the column: list the table's columns of length ${c.g.len} and compare each with the values being written.${c.g.len === "255" ? " varchar(255) is a common ORM default (Rails string, JPA @Column, Doctrine…), easily exceeded by URLs, tokens or descriptions." : ""}`,
    ),
  causes: [
    t("ORM 默认的 varchar(255) 放不下 URL、令牌、JSON 或长文本", "the ORM's default varchar(255) cannot hold URLs, tokens, JSON or long text"),
    t("输入没有做长度校验（表单、导入文件、第三方接口返回）", "input length is not validated (forms, imported files, third-party responses)"),
  ],
  solutions: [
    {
      title: t("找出是哪一列，并放宽长度", "Find the column and widen it"),
      steps: [t("在 PostgreSQL 里 text 和 varchar 性能相同，不需要人为限制长度时直接改成 text 最省事；通过迁移修改，而不是手改生产库。", "In PostgreSQL text performs the same as varchar, so when no real limit is needed switching to text is simplest; do it through a migration rather than by hand in production.")],
      code: (c) =>
        block("sql", [
          `SELECT table_name, column_name FROM information_schema.columns WHERE character_maximum_length = ${c.g.len ?? "255"} AND table_schema = 'public';`,
          "ALTER TABLE my_table ALTER COLUMN my_column TYPE text;",
        ]),
    },
    {
      title: t("或者在写入前校验/截断", "Or validate or truncate before writing"),
      steps: [t("长度确实应有上限时，在应用层校验并给用户明确提示；确需截断时显式截取。", "When the limit is intended, validate in the application and tell the user; if truncation is acceptable, do it explicitly.")],
      code: (c) => block("sql", [`INSERT INTO my_table (my_column) VALUES (left($1, ${c.g.len ?? "255"}));`]),
    },
  ],
  docs: ["https://www.postgresql.org/docs/current/datatype-character.html", "https://www.postgresql.org/docs/current/errcodes-appendix.html", "https://github.com/cap-js/change-tracking/issues/155"],
  samples: [
    { text: "psycopg2.errors.StringDataRightTruncation: value too long for type character varying(40)", source: "https://github.com/langgenius/dify/issues/14593" },
    { text: "** (Postgrex.Error) ERROR 22001 (string_data_right_truncation): value too long for type character varying(255)\n    (ecto) lib/ecto/adapters/sql.ex:554: Ecto.Adapters.SQL.struct/8", source: "https://github.com/edenlabllc/ehealth.api/issues/2164" },
  ],
});
