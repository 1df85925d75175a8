import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "sqlite.no-such-table",
  category: "database",
  match: [/(?:OperationalError|SQLITE_ERROR|SqliteError|SQLiteException|sqlite3?)[^\n]{0,40}no such table: (?<table>[\w.$]{1,128})/i, /no such table: (?<table>[\w.$]{1,128})/],
  title: (c) => t(`SQLite 数据库里没有表 ${ic(c.g.table ?? "")}`, `The SQLite database has no table ${ic(c.g.table ?? "")}`),
  summary: (c) =>
    t(
      `打开的数据库文件里不存在表 ${ic(c.g.table ?? "")}。SQLite 打开一个不存在的路径时会悄悄创建一个空数据库，所以“连错文件”和“没建表”看起来一模一样。`,
      `The opened database file has no table ${ic(c.g.table ?? "")}. SQLite silently creates an empty database when it opens a path that does not exist, so “wrong file” and “tables never created” look exactly the same.`,
    ),
  causes: [
    t("数据库路径是相对路径，程序从另一个工作目录启动，于是打开（并新建）了另一个空文件", "the database path is relative and the program started from another working directory, so it opened (and created) a different, empty file"),
    t("还没运行迁移/建表（如 Django 的 migrate、Alembic、Prisma migrate）", "migrations or table creation have not run (Django migrate, Alembic, Prisma migrate…)"),
    t("测试使用内存数据库（:memory:），每个连接都是全新的空库", "tests use an in-memory database (:memory:), where every connection is a new empty database"),
  ],
  solutions: [
    {
      title: t("用绝对路径打开正确的文件，再检查表", "Open the right file by absolute path, then check its tables"),
      steps: [t("把数据库路径改成基于项目目录的绝对路径；用 sqlite3 <文件> \".tables\" 查看里面有哪些表；缺表就运行迁移。", "Build the database path from the project directory as an absolute path; list its tables with sqlite3 <file> \".tables\"; run the migrations if they are missing.")],
    },
    {
      title: t("确认进程的工作目录", "Check the process's working directory"),
      steps: [t("打印 os.getcwd() / process.cwd() 和数据库的绝对路径；IDE、服务管理器、cron 启动时的工作目录往往和终端里不同。", "Print os.getcwd() / process.cwd() and the database's absolute path; IDEs, service managers and cron often start in a different directory than your terminal.")],
    },
  ],
  docs: ["https://sqlite.org/rescode.html"],
  samples: [{ text: "sqlite3.OperationalError: no such table: users", source: "https://sqlite.org/rescode.html" }],
});
