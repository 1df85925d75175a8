import { inject } from "vitest";
import { createScratchDatabase } from "@/scripts/lib/pg-cluster";

/** Whether this run has a PostgreSQL server (see scripts/lib/pg-global-setup.ts): use with describe.skipIf. */
export function pgAvailable(): boolean {
  return typeof inject("pgUrl") === "string";
}

/**
 * A fresh, empty database on the run's PostgreSQL server, for one test file (or one test).
 * Only files of the vitest "pg" project get a server: name the file *.pg.test.ts or put it
 * under lib/db/pg/.
 */
export async function pgTestUrl(): Promise<string> {
  const url = inject("pgUrl");
  if (typeof url !== "string") {
    throw new Error("no PostgreSQL server in this run: guard the suite with describe.skipIf(!pgAvailable()) and make it a file of the vitest \"pg\" project (lib/db/pg/** or *.pg.test.ts)");
  }
  return createScratchDatabase(url, inject("pgRunPrefix"));
}
