/**
 * vitest globalSetup of the "pg" project: one PostgreSQL for the whole run (a throwaway cluster,
 * or TEST_DATABASE_URL), handed to the test files through provide/inject. Each file then makes
 * its own scratch database with pgTestUrl() (lib/db/pg/test-db.ts).
 */
import type { TestProject } from "vitest/node";
import { randomBytes } from "node:crypto";
import { dropScratchDatabases, testDatabaseUrl } from "./pg-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    /** The server the PostgreSQL tests use; null when none is available (outside CI: they skip). */
    pgUrl: string | null;
    /** Prefix of this run's scratch database names, so the run drops them when it ends. */
    pgRunPrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  const server = await testDatabaseUrl();
  const prefix = `r${randomBytes(3).toString("hex")}_`;
  project.provide("pgUrl", server?.url ?? null);
  project.provide("pgRunPrefix", prefix);
  if (process.env.ERRDOC_PG_TIMING) console.log(`pg: ready in ${Math.round(performance.now() - started)} ms`);
  return async () => {
    if (!server) return;
    // A throwaway cluster goes whole; on a given server only this run's databases are dropped.
    if (process.env.TEST_DATABASE_URL) await dropScratchDatabases(server.url, prefix);
    server.stop();
  };
}
