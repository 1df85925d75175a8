import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { isStorageFailure, openDb, storageProblemLine, writeProblemOf } from "./client";

// Tests run as root, where file modes do not stop writes; SQLite's own read-only open does.
const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errdoc-client-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("writeProblemOf", () => {
  it("is null for a writable database and leaves nothing behind", () => {
    const file = path.join(tempDir(), "ok.db");
    const db = openDb(file);
    expect(writeProblemOf(db.$client)).toBeNull();
    expect(db.$client.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'errdoc_write_probe'").get()).toEqual({ n: 0 });
    expect(db.$client.inTransaction).toBe(false);
    db.$client.close();
  });

  it("reports a database that opens and reads but cannot be written", () => {
    const file = path.join(tempDir(), "ro.db");
    openDb(file).$client.close();
    const readOnly = new Database(file, { readonly: true });
    // What the old health check asked: it answers, so the server looked healthy.
    expect(readOnly.prepare("SELECT 1 AS one").get()).toEqual({ one: 1 });
    expect(writeProblemOf(readOnly)).toMatch(/readonly/i);
    expect(readOnly.inTransaction).toBe(false);
    readOnly.close();
  });
});

describe("openDb", () => {
  it("fails, naming the culprit, when a folder on the path is a file", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "data"), "not a folder");
    expect(() => openDb(path.join(dir, "data", "errdoc.db"))).toThrow(`${path.join(dir, "data")} is a file, not a folder`);
  });

  it("fails when the database path is a folder", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "errdoc.db"));
    let failure: unknown;
    try {
      openDb(path.join(dir, "errdoc.db"));
    } catch (error) {
      failure = error;
    }
    expect(isStorageFailure(failure)).toBe(true);
  });
});

describe("storageProblemLine", () => {
  it("is one line naming the absolute path and the fix", () => {
    const line = storageProblemLine("./data/errdoc.db", "attempt to write a readonly database\n");
    expect(line).toContain(path.resolve("./data/errdoc.db"));
    expect(line).toContain("attempt to write a readonly database");
    expect(line).toMatch(/writable by the user running errdoc.*DATABASE_URL/);
    expect(line).not.toContain("\n");
  });
});
