import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "sqlite.unable-to-open",
  category: "database",
  match: ["unable to open database file", /\bSQLITE_CANTOPEN\b/],
  title: t("SQLite 打不开数据库文件（SQLITE_CANTOPEN）", "SQLite cannot open the database file (SQLITE_CANTOPEN)"),
  summary: t(
    "SQLite 无法打开（或创建）数据库文件：通常是路径中的目录不存在、没有权限，或路径本身写错。SQLite 会创建缺失的文件，但不会创建缺失的目录。",
    "SQLite cannot open (or create) the database file: usually a directory in the path does not exist, permissions are missing, or the path itself is wrong. SQLite creates a missing file but never a missing directory.",
  ),
  causes: [
    t("数据库所在目录不存在（如 data/、instance/ 还没创建）", "the database's directory does not exist (data/, instance/ not created yet)"),
    t("相对路径是相对于当前工作目录解析的，换个目录运行就找不到", "a relative path resolves against the current working directory and breaks from elsewhere"),
    t("运行用户对该目录没有写/执行权限", "the running user lacks write/execute permission on the directory"),
    t("URL 写法错误（如 SQLAlchemy 的 sqlite:/// 与 sqlite://// 绝对路径的斜杠数）", "a malformed URL (e.g. the number of slashes in SQLAlchemy's sqlite:/// versus sqlite://// absolute paths)"),
  ],
  solutions: [
    {
      title: t("先创建目录，并改用绝对路径", "Create the directory first and use an absolute path"),
      steps: [t("在打开数据库之前创建其父目录（mkdir -p 或 os.makedirs(..., exist_ok=True)），并基于项目目录构造绝对路径。", "Create the parent directory before opening (mkdir -p or os.makedirs(..., exist_ok=True)) and build an absolute path from the project directory.")],
    },
    {
      title: t("检查目录权限", "Check the directory's permissions"),
      steps: [t("ls -ld 数据库所在目录，确认运行用户有写和执行（进入）权限；Docker 中挂载的目录属主可能是 root。", "ls -ld the database's directory and make sure the running user can write and enter it; in Docker a mounted directory may be owned by root.")],
    },
  ],
  docs: ["https://sqlite.org/rescode.html"],
  samples: [{ text: "sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) unable to open database file", source: "https://sqlite.org/rescode.html" }],
});
