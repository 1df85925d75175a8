import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "mysql.syntax-error",
  category: "database",
  match: [/You have an error in your SQL syntax; check the manual that corresponds to your (?:MySQL|MariaDB) server version for the right syntax to use near '(?<near>[^\n]{0,200}?)' at line (?<line>\d{1,6})/],
  title: (c) => t(`SQL 语法错误，出错位置在 ${ic(c.g.near || "语句末尾")} 附近（1064）`, `SQL syntax error near ${ic(c.g.near || "the end of the statement")} (1064)`),
  summary: (c) =>
    t(
      `MySQL 解析 SQL 时在第 ${c.g.line ?? "?"} 行、${c.g.near ? ic(c.g.near) : "语句末尾"}这里读不下去了（错误 1064 ER_PARSE_ERROR）。问题通常就在引号里那段文字的开头或它前面一点。${c.g.near === "" ? "near '' 表示语句在结尾处不完整（缺少右括号、值或关键字）。" : ""}`,
      `MySQL could not parse the SQL at line ${c.g.line ?? "?"}, at ${c.g.near ? ic(c.g.near) : "the end of the statement"} (error 1064 ER_PARSE_ERROR). The problem is usually at the very start of the quoted text or just before it.${c.g.near === "" ? " near '' means the statement ends incomplete (a missing parenthesis, value or keyword)." : ""}`,
    ),
  causes: [
    t("用保留字当作表名/列名却没有加反引号（如 order、group、key、desc）", "a reserved word used as a table or column name without backticks (order, group, key, desc…)"),
    t("字符串拼接 SQL 时引号没转义，或值为空导致语句残缺；应改用参数化查询", "SQL built by string concatenation with unescaped quotes or empty values; use parameterised queries"),
    t("使用了当前版本不支持的语法（如旧版本不支持窗口函数、其他数据库的方言）", "syntax this server version does not support (window functions on old versions, another database's dialect)"),
  ],
  solutions: [
    {
      title: t("检查 near 后面那段文字的开头", "Look at the start of the text after near"),
      steps: [
        t("给保留字标识符加反引号；把所有变量换成占位符参数（? 或 %s）由驱动负责转义。", "Backtick reserved-word identifiers; replace every interpolated value with a placeholder parameter (? or %s) so the driver escapes it."),
        t("用 SELECT VERSION(); 确认服务器版本支持你用的语法。", "Check with SELECT VERSION(); that the server supports the syntax you use."),
      ],
    },
    {
      title: t("打印出实际执行的 SQL", "Print the SQL that actually ran"),
      steps: [t("在驱动或 ORM 中开启 SQL 日志，看拼接后的完整语句；很多 1064 在看到最终 SQL 时一目了然。", "Enable SQL logging in the driver or ORM and read the final statement; many 1064s are obvious once you see the SQL that was sent.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html"],
  samples: [{ text: "ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'order (id INT)' at line 1", source: "https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html" }],
});
