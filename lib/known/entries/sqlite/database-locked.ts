import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "sqlite.database-locked",
  category: "database",
  match: [/\bSQLITE_BUSY\b/, /(?:OperationalError|SqliteError|SQLiteException|sqlite3?)[^\n]{0,40}database is locked/i, "database is locked"],
  title: t("SQLite 数据库文件被另一个连接锁住（SQLITE_BUSY）", "The SQLite file is locked by another connection (SQLITE_BUSY)"),
  summary: t(
    "SQLite 同一时刻只允许一个写入者；另一个连接（本进程的其他线程、另一个进程，或打开着这个文件的程序）持有锁，而本连接在忙等待超时之前没拿到锁，于是返回 SQLITE_BUSY：database is locked。",
    "SQLite allows one writer at a time; another connection (another thread, another process, or a program that has the file open) holds the lock, and this connection did not get it before its busy timeout, so it returns SQLITE_BUSY: database is locked.",
  ),
  causes: [
    t("多个线程/进程并发写同一个数据库文件（Web 服务的多个 worker、后台任务）", "several threads or processes write the same file concurrently (web workers, background jobs)"),
    t("有连接开启了事务却长时间没有提交（或游标没关闭）", "a connection opened a transaction and did not commit for a long time (or left a cursor open)"),
    t("另一个程序正打开着这个数据库（GUI 工具、备份、同步盘）", "another program has the database open (a GUI tool, a backup, a sync folder)"),
    t("数据库文件放在网络文件系统（NFS/SMB）上，文件锁不可靠", "the file sits on a network file system (NFS/SMB) where locking is unreliable"),
  ],
  solutions: [
    {
      title: t("开启 WAL 模式并设置忙等待超时", "Enable WAL mode and set a busy timeout"),
      steps: [t("WAL 模式下读写不再互相阻塞；再给连接设置超时，让它等锁释放而不是立即失败。写事务尽量短、及时提交。", "In WAL mode readers and the writer stop blocking each other; a busy timeout makes the connection wait for the lock instead of failing at once. Keep write transactions short and commit promptly.")],
      code: (c) =>
        c.f.ecosystem === "python"
          ? block("python", [
              "import os",
              "import sqlite3",
              "",
              'DB_PATH = os.environ["SQLITE_PATH"]',
              "conn = sqlite3.connect(DB_PATH, timeout=5)",
              'conn.execute("PRAGMA journal_mode=WAL")',
            ])
          : block("bash", ['DB="${DB:?set DB to the database file}"', 'sqlite3 "$DB" "PRAGMA journal_mode=WAL;"', 'fuser -v "$DB"']),
    },
    {
      title: t("找出并关闭占着文件的程序", "Find and close whatever holds the file"),
      steps: [t("用 fuser/lsof 查看哪些进程打开了数据库文件；关掉外部工具，或把并发写入集中到一个进程。高并发写入的场景考虑换用 PostgreSQL/MySQL。", "Use fuser/lsof to see which processes have the file open; close external tools, or funnel concurrent writes through one process. For heavy concurrent writes consider PostgreSQL/MySQL.")],
    },
  ],
  docs: ["https://sqlite.org/rescode.html", "https://www.chiark.greenend.org.uk/doc/sqlite3/rescode.html"],
  samples: [{ text: "  File \"/usr/lib/python3/dist-packages/ypy_websocket/ystore.py\", line 310, in write\n    await db.execute(\"INSERT INTO yupdates VALUES (?, ?, ?, ?)\", (self.path, data, metadata, time.time()))\nsqlite3.OperationalError: database is locked", source: "https://github.com/y-crdt/ypy-websocket/pull/61" }],
});
