import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createSqliteStore } from "./sqlite-store";
import { storeContract } from "./store-contract";

// Two connections to one file: what two processes sharing a SQLite database have.
storeContract("SQLite", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errdoc-store-"));
  const file = path.join(dir, "store.db");
  const a = createSqliteStore(file);
  const b = createSqliteStore(file);
  return {
    a,
    b,
    done: async () => {
      await a.close();
      await b.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
