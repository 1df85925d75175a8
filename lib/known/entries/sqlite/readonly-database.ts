import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "sqlite.readonly-database",
  category: "database",
  match: ["attempt to write a readonly database", /\bSQLITE_READONLY\b/],
  title: t("SQLite 无法写入：数据库文件或其所在目录只读", "SQLite cannot write: the database file or its directory is read-only"),
  summary: t(
    "SQLite 以只读方式打开了数据库（SQLITE_READONLY）。写入不仅需要数据库文件可写，还需要它所在的目录可写，因为 SQLite 要在旁边创建日志文件（-journal 或 -wal/-shm）。",
    "SQLite opened the database read-only (SQLITE_READONLY). Writing needs the database file to be writable and its directory too, because SQLite creates journal files next to it (-journal or -wal/-shm).",
  ),
  causes: [
    t("运行程序的用户（如 www-data、容器里的非 root 用户）对数据库文件或其目录没有写权限", "the user running the program (www-data, a non-root container user) cannot write the file or its directory"),
    t("文件是由 root 或另一个用户创建的（例如用 sudo 执行过迁移）", "the file was created by root or another user (e.g. migrations run with sudo)"),
    t("文件在只读挂载的卷或只读文件系统上", "the file lives on a read-only mount or file system"),
  ],
  solutions: [
    {
      title: t("让运行用户拥有数据库文件和目录", "Give the running user the database file and its directory"),
      steps: [t("把文件和所在目录的属主改为运行程序的用户；Docker 中确认卷没有以 :ro 挂载。", "Change the owner of the file and its directory to the user that runs the program; in Docker make sure the volume is not mounted :ro.")],
      code: () => block("bash", ['DB="${DB:?set DB to the database file}"', 'APP_USER="${APP_USER:?set APP_USER to the user that runs the app}"', 'ls -l "$DB" && ls -ld "$(dirname "$DB")"', 'sudo chown "$APP_USER" "$DB" "$(dirname "$DB")"']),
    },
    {
      title: t("检查是否以只读模式打开", "Check whether it was opened read-only"),
      steps: [t("连接串里的 mode=ro、immutable=1 或驱动的 readonly 选项也会导致此错误；写入需要去掉它们。", "mode=ro, immutable=1 in the URI or a driver's readonly option also cause this; remove them to write.")],
    },
  ],
  docs: ["https://sqlite.org/rescode.html", "https://pub.dev/documentation/sqlite3/1.8.0/sqlite3.wasm/SqlExtendedError/SQLITE_READONLY_CANTLOCK-constant.html"],
  samples: [{ text: "sqlite3.OperationalError: attempt to write a readonly database", source: "https://sqlite.org/rescode.html" }],
});
