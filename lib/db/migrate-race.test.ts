import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errdoc-migrate-race-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A process that waits for `go` to exist, then opens (and migrates) the database. */
function opener(file: string, go: string): Promise<string> {
  const script = `
    import fs from "node:fs";
    import { openDb } from "./lib/db/client.ts";
    while (!fs.existsSync(${JSON.stringify(go)})) await new Promise((r) => setTimeout(r, 5));
    try { openDb(${JSON.stringify(file)}).$client.close(); console.log("ok"); }
    catch (error) { console.log("failed: " + error.message + " " + (error.cause?.message ?? "")); }`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  child.stderr.on("data", (chunk) => (out += chunk));
  return new Promise((resolve) => child.on("exit", () => resolve(out.trim())));
}

describe("migrations on a SQLite file shared by processes", () => {
  it("run once when four processes open a fresh file at the same moment", async () => {
    const file = path.join(dir, "race.db");
    const go = path.join(dir, "go");
    const results = Array.from({ length: 4 }, () => opener(file, go));
    // Another writer holds the file while they start, so all four queue on the lock together
    // (without the lock taken before reading what is applied, they all apply everything).
    const blocker = new Database(file);
    blocker.pragma("journal_mode = WAL");
    blocker.exec("BEGIN IMMEDIATE; CREATE TABLE hold (x)");
    // Let every process load and wait at the barrier, then release them together.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    fs.writeFileSync(go, "");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    blocker.exec("ROLLBACK");
    blocker.close();
    expect(await Promise.all(results)).toEqual(["ok", "ok", "ok", "ok"]);
    const db = new Database(file, { readonly: true });
    const applied = db.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number };
    const journal = JSON.parse(fs.readFileSync(path.join(process.cwd(), "drizzle", "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
    expect(applied.n).toBe(journal.entries.length);
    db.close();
  }, 60_000);
});
