import { defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "postgres.relation-does-not-exist",
  category: "database",
  match: [
    /relation "(?<rel>[^"\n]{1,128})" does not exist/,
    // psycopg/asyncpg name the SQLSTATE 42P01 class whatever language the server speaks; "missing FROM-clause" shares the code but is a query bug.
    /\b(?:psycopg2?\.errors\.UndefinedTable|asyncpg\.exceptions\.UndefinedTableError): (?!missing FROM-clause)/,
  ],
  title: (c) => (c.g.rel ? t(`表或视图 ${ic(c.g.rel)} 不存在（42P01）`, `Table or view ${ic(c.g.rel)} does not exist (42P01)`) : t("表或视图不存在（42P01）", "Table or view does not exist (42P01)")),
  summary: (c) =>
    t(
      `查询引用的关系${c.g.rel ? ` ${ic(c.g.rel)}` : ""}在当前数据库、当前 search_path 的模式里找不到（SQLSTATE 42P01）。`,
      `The relation${c.g.rel ? ` ${ic(c.g.rel)}` : ""} named in the query cannot be found in the current database and search_path (SQLSTATE 42P01).`,
    ),
  causes: [
    t("迁移还没在这个数据库上执行（新环境、测试库、刚重建的容器）", "migrations have not been run against this database (a new environment, test database or fresh container)"),
    t("连错了数据库，或表建在另一个 schema 里而它不在 search_path 中", "connected to the wrong database, or the table lives in another schema that is not on the search_path"),
    t("大小写：建表时用了带引号的大写名（\"Users\"），查询时未加引号会被折叠成小写 users", "case: the table was created with a quoted mixed-case name (\"Users\") and the unquoted name in the query folds to lower case"),
  ],
  solutions: [
    {
      title: t("确认连的是哪个库、表在哪个 schema", "Check which database you are on and where the table lives"),
      steps: [t("在同一个连接里执行 SELECT current_database(), current_schemas(true); 再用 \\dt *.*（psql）列出所有表。", "On the same connection run SELECT current_database(), current_schemas(true); then list every table with \\dt *.* in psql.")],
    },
    {
      title: t("执行迁移，或修正名称/schema", "Run the migrations, or fix the name/schema"),
      steps: [t("用项目的迁移工具把 schema 建好；表在其他 schema 时写全名 schema.table，大小写混合的表名要加双引号。", "Create the schema with the project's migration tool; qualify the name as schema.table when it lives elsewhere, and double-quote mixed-case names.")],
    },
    ...categorySolutions("database"),
  ],
  docs: ["https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html", "https://github.com/BennyKok/comfyui-deploy/issues/30", "https://www.psycopg.org/docs/errors.html"],
  samples: [{ text: 'ERROR:  relation "users" does not exist\nLINE 1: select * from users;\n                      ^', source: "https://github.com/kjolley/BIGSdb/issues/860" }],
});
