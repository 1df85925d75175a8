import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "sqlite.malformed",
  category: "database",
  match: ["database disk image is malformed", /\bSQLITE_CORRUPT\b/],
  title: t("SQLite 数据库文件已损坏（SQLITE_CORRUPT）", "The SQLite database file is corrupt (SQLITE_CORRUPT)"),
  summary: t(
    "SQLite 在读取页面时发现结构不一致，数据库文件已损坏。常见于写入过程中断电/进程被杀、文件在写入时被复制、或多个进程通过不可靠的网络文件锁同时写入。",
    "SQLite found inconsistent structures while reading pages: the file is corrupt. Typical causes are a power loss or killed process mid-write, copying the file while it was being written, or several processes writing through unreliable network file locks.",
  ),
  causes: [
    t("写入中途断电或进程被强制结束，且日志文件（-journal/-wal）被删除或丢失", "a power loss or forced kill mid-write, with the journal (-journal/-wal) deleted or lost"),
    t("在数据库使用中直接复制/同步了 .db 文件，但没带上 -wal 文件", "the .db file was copied or synced while in use, without its -wal file"),
    t("数据库位于 NFS/SMB 等网络文件系统上", "the database sits on a network file system such as NFS/SMB"),
  ],
  solutions: [
    {
      title: t("先备份，再检查并尝试恢复", "Back up first, then check and try to recover"),
      steps: [t("复制数据库及其 -wal/-shm 文件作备份；PRAGMA integrity_check 查看损坏范围；用 sqlite3 的 .recover 导出能救回的数据到新库。能从备份恢复时优先用备份。", "Copy the database and its -wal/-shm files first; PRAGMA integrity_check shows the damage; sqlite3's .recover exports what can be saved into a new database. Prefer restoring a backup when you have one.")],
      code: () => block("bash", ['DB="${DB:?set DB to the database file}"', 'cp "$DB" "$DB.bak"', 'sqlite3 "$DB" "PRAGMA integrity_check;"', 'sqlite3 "$DB" ".recover" | sqlite3 "$DB.recovered"']),
    },
    {
      title: t("预防：不要在使用中复制数据库文件", "Prevent it: never copy the database while in use"),
      steps: [t("备份用 sqlite3 的 .backup 命令或 VACUUM INTO，不要直接复制 .db 文件；数据库放在本地磁盘而不是网络共享上。", "Back up with sqlite3's .backup command or VACUUM INTO instead of copying the .db file, and keep the database on a local disk rather than a network share.")],
    },
  ],
  docs: ["https://sqlite.org/rescode.html"],
  samples: [{ text: "sqlite3.DatabaseError: database disk image is malformed", source: "https://sqlite.org/rescode.html" }],
});
