/**
 * `npm run db:migrate`: applies the migrations of DATABASE_URL's database and exits, for deploy
 * pipelines that migrate as a separate step. Instances also migrate at start (under the same
 * lock on PostgreSQL), so this is never required, only earlier.
 */
import { env, EnvError } from "@/lib/env";
import { openStore } from "@/lib/server/context";

try {
  const { database } = env();
  const started = performance.now();
  const store = await openStore(database);
  // The first query waits for the migrations (PostgreSQL); SQLite migrates on open.
  const problem = await store.writeProblem();
  await store.close();
  if (problem) {
    console.error(`errdoc: migrated, but the database cannot be written: ${problem}`);
    process.exit(1);
  }
  console.log(`errdoc: ${store.location} is migrated (${Math.round(performance.now() - started)} ms)`);
} catch (error) {
  console.error(error instanceof EnvError ? error.message : `errdoc: migration failed: ${(error as Error).message}`);
  process.exit(1);
}
