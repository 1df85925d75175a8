import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb, type Db } from "./client";

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
