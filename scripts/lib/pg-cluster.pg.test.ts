import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { pgAvailable, pgTestUrl } from "@/lib/db/pg/test-db";
import { findPostgresBin, startThrowawayPostgres } from "./pg-cluster";

describe("findPostgresBin", () => {
  it("picks the highest version that has the server binaries, or null", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "errdoc-pgbin-"));
    try {
      expect(findPostgresBin(root)).toBeNull();
      for (const version of ["9.6", "15", "16"]) {
        fs.mkdirSync(path.join(root, version, "bin"), { recursive: true });
        if (version === "16") continue; // no binaries: skipped
        for (const name of ["initdb", "pg_ctl", "postgres"]) fs.writeFileSync(path.join(root, version, "bin", name), "", { mode: 0o755 });
      }
      expect(findPostgresBin(root)).toBe(path.join(root, "15", "bin"));
      expect(findPostgresBin(path.join(root, "missing"))).toBeNull();
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!pgAvailable())("scratch databases", () => {
  it("gives each caller its own empty database", async () => {
    const [a, b] = await Promise.all([pgTestUrl(), pgTestUrl()]);
    expect(a).not.toBe(b);
    const client = new pg.Client({ connectionString: a });
    await client.connect();
    try {
      const { rows } = await client.query<{ db: string; n: number }>(
        "SELECT current_database() AS db, (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public') AS n",
      );
      expect(`/${rows[0]!.db}`).toBe(new URL(a).pathname);
      expect(rows[0]!.n).toBe(0);
    } finally {
      await client.end();
    }
  });
});

describe.skipIf(!findPostgresBin())("startThrowawayPostgres", () => {
  it("starts a cluster on 127.0.0.1 and removes it on stop", async () => {
    const server = await startThrowawayPostgres();
    expect(fs.existsSync(server.dir)).toBe(true);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client.query<{ fsync: string }>("SELECT current_setting('fsync') AS fsync");
    await client.end();
    expect(rows[0]!.fsync).toBe("off");
    server.stop();
    expect(fs.existsSync(server.dir)).toBe(false);
    const again = new pg.Client({ connectionString: server.url, connectionTimeoutMillis: 2000 });
    await expect(again.connect()).rejects.toThrow();
  }, 30_000);
});
