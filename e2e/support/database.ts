import fs from "node:fs";
import path from "node:path";
import type { TestInfo } from "@playwright/test";
import pgLib from "pg";
import { pg } from "./servers";

/**
 * Everything the rules server's database holds, as text: the SQLite file and its WAL bytes, or
 * on the PostgreSQL projects every row of every table. For "is this secret stored anywhere?".
 */
export async function rulesDatabaseText(testInfo: TestInfo, encoding: BufferEncoding = "utf8"): Promise<string> {
  if (testInfo.project.name.endsWith("-pg")) {
    const client = new pgLib.Client({ connectionString: pg.rulesUrl! });
    await client.connect();
    try {
      const tables = await client.query<{ schema: string; name: string }>(
        "SELECT table_schema AS schema, table_name AS name FROM information_schema.tables WHERE table_schema IN ('public', 'drizzle') AND table_type = 'BASE TABLE'",
      );
      const parts: string[] = [];
      for (const { schema, name } of tables.rows) {
        const rows = await client.query<{ row: string }>(`SELECT t::text AS row FROM ${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)} t`);
        parts.push(...rows.rows.map((r) => r.row));
      }
      return parts.join("\n");
    } finally {
      await client.end();
    }
  }
  const dbFile = path.join(process.env.ERRDOC_E2E_DIR!, "rules.db");
  return [dbFile, `${dbFile}-wal`]
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f).toString(encoding))
    .join("");
}
