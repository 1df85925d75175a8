import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PG_MIGRATIONS_FOLDER, migratePostgres } from "./migrate";
import { pgAvailable, pgTestUrl } from "./test-db";

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!pgAvailable())("migratePostgres", () => {
  let slowFolder: string;
  beforeAll(() => {
    // The real migrations plus one slow step, so the four callers really overlap.
    slowFolder = fs.mkdtempSync(path.join(os.tmpdir(), "errdoc-migrations-"));
    fs.cpSync(PG_MIGRATIONS_FOLDER, slowFolder, { recursive: true });
    const journal = JSON.parse(fs.readFileSync(path.join(slowFolder, "meta/_journal.json"), "utf8")) as { entries: Array<{ idx: number; when: number; tag: string; version: string; breakpoints: boolean }> };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: "9999_slow" });
    fs.writeFileSync(path.join(slowFolder, "meta/_journal.json"), JSON.stringify(journal));
    fs.writeFileSync(path.join(slowFolder, "9999_slow.sql"), "CREATE TABLE migrate_probe (n int);\n--> statement-breakpoint\nSELECT pg_sleep(0.3);\n--> statement-breakpoint\nINSERT INTO migrate_probe VALUES (1);");
  });
  afterAll(() => fs.rmSync(slowFolder, { recursive: true, force: true }));

  it("migrates once when four instances start together", async () => {
    const url = await pgTestUrl();
    await Promise.all(Array.from({ length: 4 }, () => migratePostgres({ url, migrationsFolder: slowFolder })));
    const applied = await query<{ n: number }>(url, "SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations");
    expect(applied[0]!.n).toBe(fs.readdirSync(slowFolder).filter((name) => name.endsWith(".sql")).length);
    expect(await query(url, "SELECT n FROM migrate_probe")).toEqual([{ n: 1 }]);
    const tables = await query<{ name: string }>(url, "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    expect(tables.map((t) => t.name)).toEqual(["llm_jobs", "migrate_probe", "rate_limits", "ticket_group_days", "ticket_groups", "ticket_search", "tickets", "votes"]);
    // The lock is released: nothing of errdoc's is left holding it.
    expect(await query(url, "SELECT 1 FROM pg_locks WHERE locktype = 'advisory'")).toEqual([]);
    // And a later start is a no-op.
    await migratePostgres({ url, migrationsFolder: slowFolder });
    expect((await query<{ n: number }>(url, "SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations"))[0]!.n).toBe(applied[0]!.n);
  }, 30_000);
});
