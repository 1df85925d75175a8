import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

/** Opens (creating the folder and file when needed) and migrates a SQLite database. */
export function openDb(databasePath: string): Db {
  if (databasePath !== ":memory:") ensureFolder(path.dirname(path.resolve(databasePath)));
  const sqlite = new Database(databasePath);
  sqlite.pragma("journal_mode = WAL");
  // Writers wait instead of failing with SQLITE_BUSY when another process holds the lock.
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  migrateOnce(sqlite);
  return drizzle({ client: sqlite, schema });
}

/**
 * Applies pending migrations (drizzle's files and bookkeeping table, as drizzle's own migrator
 * does) inside one BEGIN IMMEDIATE transaction: the write lock is taken before the applied list
 * is read, so two processes starting together on one file migrate once, the second waiting
 * for the first and then finding nothing left to do.
 */
function migrateOnce(sqlite: Database.Database) {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  sqlite.exec("BEGIN IMMEDIATE");
  try {
    sqlite.exec("CREATE TABLE IF NOT EXISTS __drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)");
    const last = sqlite.prepare("SELECT max(created_at) AS at FROM __drizzle_migrations").get() as { at: number | null };
    const record = sqlite.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)");
    for (const migration of migrations) {
      if (last.at !== null && Number(last.at) >= migration.folderMillis) continue;
      for (const statement of migration.sql) if (statement.trim()) sqlite.exec(statement);
      record.run(migration.hash, migration.folderMillis);
    }
    sqlite.exec("COMMIT");
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    throw error;
  }
}

/**
 * Whether SQLite can write this database: a write inside a transaction that is rolled back.
 * Opening and reading succeed on a read-only file, and so does BEGIN IMMEDIATE; only a
 * real write finds out. Returns null when writable, else SQLite's reason.
 */
export function writeProblemOf(sqlite: Database.Database): string | null {
  try {
    sqlite.exec("BEGIN IMMEDIATE");
  } catch (error) {
    return (error as Error).message;
  }
  try {
    sqlite.exec("CREATE TABLE errdoc_write_probe (x)");
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
  }
}

/** A failure of the storage itself (SQLite or the file system), not of the request. */
export function isStorageFailure(error: unknown): boolean {
  if (error instanceof Database.SqliteError) return true;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" && ["EACCES", "EPERM", "EROFS", "ENOSPC", "ENOTDIR", "EEXIST", "EISDIR", "EIO"].includes(code);
}

/** The one line printed when the database cannot be used, naming the path and the fix. */
export function storageProblemLine(databasePath: string, reason: string): string {
  const where = databasePath === ":memory:" ? databasePath : path.resolve(databasePath);
  const user = typeof process.getuid === "function" ? ` (uid ${process.getuid()})` : "";
  return `errdoc: the database ${where} cannot be written (${reason.replace(/\s+/g, " ").trim()}): make the file, its folder and any ${path.basename(where)}-wal/-shm files writable by the user running errdoc${user}, or set DATABASE_URL to a writable path`;
}

function ensureFolder(folder: string) {
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    // mkdir says EEXIST when a part of the path is a file: name the actual problem.
    const blocker = folder.split(path.sep).map((_, i, parts) => parts.slice(0, i + 1).join(path.sep) || path.sep).find((part) => fs.existsSync(part) && !fs.statSync(part).isDirectory());
    if (blocker) throw Object.assign(new Error(`${blocker} is a file, not a folder`), { code: "ENOTDIR" });
    throw error;
  }
}
