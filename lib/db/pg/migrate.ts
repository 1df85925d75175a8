/**
 * Applies drizzle/postgres/ migrations once, however many instances start together: each takes
 * the same session-level advisory lock on its own connection first, so one migrates while the
 * others wait, then find nothing left to do.
 */
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";

export const PG_MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle", "postgres");

/** The advisory lock key errdoc migrates under ("errdoc" in ASCII): fixed, so every instance agrees. */
export const MIGRATION_LOCK_KEY = 0x6572646f63n;

export async function migratePostgres({ url, migrationsFolder = PG_MIGRATIONS_FOLDER }: { url: string; migrationsFolder?: string }): Promise<void> {
  // A connection of its own: the lock belongs to the session that took it, and a migration must
  // not be cut short by the pool's statement timeout.
  const client = new pg.Client({ connectionString: url, application_name: "errdoc-migrate" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY.toString()]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder });
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY.toString()]);
    }
  } finally {
    // Ending the session also frees the lock if the unlock above could not run.
    await client.end();
  }
}
