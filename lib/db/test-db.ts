import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { draftDiagnosis } from "@/lib/tickets/create";
import { openDb, type Db } from "./client";
import type { Ticket } from "./schema";
import { insertTicket } from "./tickets";

/** A real SQLite file with the migrations applied, removed by `cleanup`. For tests. */
export function createTestDb(): { db: Db; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errdoc-test-"));
  const file = path.join(dir, "test.db");
  const db = openDb(file);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A diagnosis of `text` saved straight into `db` (rules only), for tests that need a ticket. */
export function insertTestTicket(
  db: Db,
  { text = "Error: spawn python ENOENT", lang = "en", visibility = "listed" }: { text?: string; lang?: "en" | "zh"; visibility?: "listed" | "unlisted" } = {},
): Ticket {
  const { ticket } = draftDiagnosis({ config: { maxInputBytes: 262_144, maxContextBytes: 8192, llm: null }, input: { text, lang, visibility } });
  return insertTicket({ db, ticket });
}
