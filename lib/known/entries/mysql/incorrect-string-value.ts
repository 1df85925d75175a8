import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "mysql.incorrect-string-value",
  category: "database",
  match: [/Incorrect string value: '(?<bytes>[^'\n]{1,80})' for column '?(?<col>[^'\n]{1,130})'? at row (?<row>\d{1,12})/],
  title: (c) => t(`列 ${ic(c.g.col ?? "")} 的字符集存不下这些字符（1366）`, `Column ${ic(c.g.col ?? "")}'s character set cannot store these characters (1366)`),
  summary: (c) =>
    t(
      `写入的字节 ${ic(c.g.bytes ?? "")} 在列的字符集里不是合法字符（错误 1366）。${c.g.bytes && /\\xF0/i.test(c.g.bytes) ? "以 \\xF0 开头的是 4 字节 UTF-8 字符（emoji、部分生僻汉字），MySQL 旧的 utf8（即 utf8mb3）每个字符最多 3 字节，存不下；需要 utf8mb4。" : "最常见的原因是表/列用的是 utf8mb3（MySQL 的旧 utf8）或 latin1，而数据包含它无法表示的字符。"}`,
      `The bytes ${ic(c.g.bytes ?? "")} are not a valid character in the column's character set (error 1366).${c.g.bytes && /\\xF0/i.test(c.g.bytes) ? " Bytes starting with \\xF0 are a 4-byte UTF-8 character (emoji, some rare CJK characters); MySQL's old utf8 (utf8mb3) stores at most 3 bytes per character, so it needs utf8mb4." : " Usually the table or column uses utf8mb3 (MySQL's old utf8) or latin1 and the data has characters it cannot represent."}`,
    ),
  causes: [
    t("表或列的字符集是 utf8（utf8mb3）或 latin1，而数据里有 emoji 等 4 字节字符", "the table or column uses utf8 (utf8mb3) or latin1 while the data contains 4-byte characters such as emoji"),
    t("连接字符集不是 utf8mb4（连接串里的 charset=utf8）", "the connection character set is not utf8mb4 (charset=utf8 in the connection string)"),
  ],
  solutions: [
    {
      title: t("把表和连接都改成 utf8mb4", "Convert the table and the connection to utf8mb4"),
      steps: [
        t("ALTER TABLE 表名 CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;（MySQL 5.7 用 utf8mb4_unicode_ci），大表请在维护窗口执行。", "ALTER TABLE name CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci; (utf8mb4_unicode_ci on MySQL 5.7); run it in a maintenance window for big tables."),
        t("连接串/驱动的 charset 也设为 utf8mb4。", "Set the connection or driver charset to utf8mb4 as well."),
      ],
    },
    {
      title: t("新建库表时直接使用 utf8mb4", "Create new databases and tables with utf8mb4"),
      steps: [t("在服务器配置里把 character-set-server 设为 utf8mb4，新建数据库时指定 CHARACTER SET utf8mb4，避免以后再出现。", "Set character-set-server to utf8mb4 in the server configuration and create new databases with CHARACTER SET utf8mb4 so it does not recur.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html"],
  samples: [{ text: "ERROR 1366 (HY000): Incorrect string value: '\\xF0\\x9F\\x98\\x80' for column 'comment' at row 1", source: "https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html" }],
});
