import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "mysql.data-too-long",
  category: "database",
  match: [/Data too long for column '(?<col>[^'\n]{1,64})' at row (?<row>\d{1,12})/],
  title: (c) => t(`值超出了列 ${ic(c.g.col ?? "")} 的长度（1406）`, `The value is longer than column ${ic(c.g.col ?? "")} allows (1406)`),
  summary: (c) => t(`第 ${c.g.row ?? "?"} 行写入列 ${ic(c.g.col ?? "")} 的值超过了列定义的长度（如 VARCHAR(255)）；严格 SQL 模式（MySQL 5.7+ 默认）下这会报错而不是截断（错误 1406 ER_DATA_TOO_LONG）。`, `Row ${c.g.row ?? "?"} writes a value longer than column ${ic(c.g.col ?? "")} is defined for (e.g. VARCHAR(255)); in strict SQL mode (the default since MySQL 5.7) this is an error instead of a silent truncation (error 1406 ER_DATA_TOO_LONG).`),
  causes: [
    t("列定义太短（VARCHAR 长度、TEXT 与 MEDIUMTEXT 的上限）", "the column is defined too short (VARCHAR length, TEXT versus MEDIUMTEXT limits)"),
    t("输入没有在应用层校验长度", "the application does not validate input length"),
  ],
  solutions: [
    {
      title: t("加长列，或在应用里限制长度", "Widen the column, or limit the length in the application"),
      steps: [t("用 ALTER TABLE … MODIFY 加大长度（长文本用 TEXT/MEDIUMTEXT）；如果超长数据本就不合法，在写入前校验并提示用户。", "Widen it with ALTER TABLE … MODIFY (use TEXT/MEDIUMTEXT for long text); if over-long data is invalid, validate before writing and tell the user.")],
    },
    {
      title: t("检查字符集对长度的影响", "Check how the character set affects length"),
      steps: [t("VARCHAR(n) 以字符计；如果报错出现在导入数据时，确认连接字符集与数据一致，避免编码错误把字符变长。", "VARCHAR(n) counts characters; if it fails while importing data, make sure the connection character set matches the data so mis-encoding does not lengthen it.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html"],
  samples: [{ text: "ERROR 1406 (22001): Data too long for column 'title' at row 1", source: "https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html" }],
});
