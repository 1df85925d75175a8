import { block, defineKnownError, ic, t } from "../../define";

/** Reserved words people most often use as table or column names (PostgreSQL appendix C). */
const RESERVED = new Set(["user", "order", "group", "end", "table", "column", "select", "from", "where", "limit", "offset", "default", "check", "primary", "references", "desc", "asc", "all", "to", "when", "case", "grant", "both", "leading", "trailing", "analyse", "analyze", "collate", "constraint", "current_user", "current_date", "do", "else", "for", "foreign", "having", "in", "into", "only", "returning", "some", "symmetric", "union", "unique", "using", "window", "with"]);

export default defineKnownError({
  id: "postgres.syntax-error",
  category: "database",
  match: [/syntax error at or near "(?<near>[^"\n]{1,80})"(?:\s{0,8}LINE (?<line>\d{1,6}): (?<sql>[^\n]{1,300}))?/, /syntax error at end of input/],
  title: (c) => (c.g.near ? t(`SQL 语法错误：在 "${c.g.near}" 附近`, `SQL syntax error at or near "${c.g.near}"`) : t("SQL 语法错误：语句在结尾处不完整", "SQL syntax error: the statement ends too early")),
  summary: (c) => {
    const near = (c.g.near ?? "").toLowerCase();
    if (RESERVED.has(near))
      return t(
        `${ic(c.g.near ?? "")} 是 PostgreSQL 的保留字，不能直接用作表名或列名。MySQL/SQLite 里能用的 user、order、group、end 等名字，在 PostgreSQL 里必须加双引号（"${c.g.near}"），否则解析器把它当成关键字，语句就不合法了。`,
        `${ic(c.g.near ?? "")} is a reserved word in PostgreSQL and cannot be used bare as a table or column name. Names like user, order, group or end that work in MySQL or SQLite must be double-quoted ("${c.g.near}") in PostgreSQL, otherwise the parser reads a keyword and the statement is invalid.`,
      );
    if (near === "?" || near === "%" || near === "$")
      return t(
        `解析器在 ${ic(c.g.near ?? "")} 处卡住：PostgreSQL 的占位符是 $1、$2（node-postgres、Npgsql、asyncpg）或由驱动转换的 %s（psycopg）；MySQL/SQLite 风格的 ? 不会被替换，就原样发给了服务器。`,
        `The parser stopped at ${ic(c.g.near ?? "")}: PostgreSQL placeholders are $1, $2 (node-postgres, Npgsql, asyncpg) or %s translated by the driver (psycopg); MySQL/SQLite-style ? is not substituted and reaches the server as is.`,
      );
    return t(
      `PostgreSQL 解析这条 SQL 时，在${c.g.near ? ` ${ic(c.g.near)} ` : "语句末尾"}处发现语法不合法。错误通常就在这个位置或它前面一点：缺逗号/括号、关键字拼错、用了其他数据库的方言（反引号、LIMIT x,y、ON DUPLICATE KEY），或字符串拼接把 SQL 截断了。${c.g.line ? "LINE 下面的 ^ 标出了准确位置。" : ""}`,
      `PostgreSQL found invalid syntax at ${c.g.near ? ic(c.g.near) : "the end of the statement"} while parsing. The mistake is at that spot or just before it: a missing comma or parenthesis, a misspelt keyword, another database's dialect (backticks, LIMIT x,y, ON DUPLICATE KEY), or string building that cut the SQL short.${c.g.line ? " The ^ under LINE marks the exact position." : ""}`,
    );
  },
  causes: [
    t("把保留字（user、order、group、end 等）当作表名或列名却没有加双引号", "a reserved word (user, order, group, end…) used as a table or column name without double quotes"),
    t("SQL 来自 MySQL/SQLite：反引号、? 占位符、LIMIT offset,count 等写法 PostgreSQL 不认", "SQL written for MySQL or SQLite: backticks, ? placeholders, LIMIT offset,count are not PostgreSQL"),
    t("拼接字符串生成 SQL 时少了逗号、括号或引号", "SQL built by string concatenation lost a comma, parenthesis or quote"),
  ],
  solutions: [
    {
      title: t("给保留字加双引号，或换个名字", "Double-quote the reserved word, or rename it"),
      steps: [t("PostgreSQL 用双引号引用标识符（不是反引号）；长期来看把表改名为 users、app_user 之类更省事。", "PostgreSQL quotes identifiers with double quotes (not backticks); in the long run renaming the table to users or app_user is simpler.")],
      code: (c) => {
        const near = c.g.near && RESERVED.has(c.g.near.toLowerCase()) ? c.g.near : "user";
        return block("sql", [`SELECT * FROM "${near}" WHERE id = $1;`, `ALTER TABLE "${near}" RENAME TO ${near.toLowerCase() === "user" ? "users" : `${near.toLowerCase()}_t`};`]);
      },
    },
    {
      title: t("对照 PostgreSQL 语法检查出错位置", "Check the marked position against PostgreSQL syntax"),
      steps: [t("打印出最终发送的 SQL，在 psql 里单独执行，看 ^ 标记；把其他数据库的写法改成 PostgreSQL 的：LIMIT n OFFSET m、INSERT … ON CONFLICT … DO UPDATE、$1 占位符。", "Print the SQL actually sent and run it alone in psql to see the ^ marker; translate other dialects: LIMIT n OFFSET m, INSERT … ON CONFLICT … DO UPDATE, $1 placeholders.")],
      code: () => block("sql", ["INSERT INTO items (id, name) VALUES ($1, $2)", "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name;"]),
    },
  ],
  docs: ["https://www.postgresql.org/docs/current/sql-keywords-appendix.html", "https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS", "https://github.com/brianc/node-postgres/issues/1224"],
  samples: [
    { text: 'Error during database migration: (psycopg2.errors.SyntaxError) syntax error at or near "user"\nLINE 1: ALTER TABLE user ADD COLUMN monthly_token_budget INTEGER\n                    ^', source: "https://github.com/murtaza-nasir/speakr/pull/165" },
    { text: 'sqlalchemy.exc.ProgrammingError: (psycopg2.errors.SyntaxError) syntax error at or near "end"', source: "https://github.com/MeltanoLabs/target-postgres/issues/30" },
  ],
});
