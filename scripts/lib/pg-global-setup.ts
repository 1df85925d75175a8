/**
 * vitest globalSetup of the "pg" project: one PostgreSQL for the whole run (a throwaway cluster,
 * or TEST_DATABASE_URL), handed to the test files through provide/inject. Each file then makes
 * its own scratch database with pgTestUrl() (lib/db/pg/test-db.ts).
 */
import type { TestProject } from "vitest/node";
import { testDatabaseUrl } from "./pg-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    /** The server the PostgreSQL tests use; null when none is available (outside CI: they skip). */
    pgUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  const server = await testDatabaseUrl();
  project.provide("pgUrl", server?.url ?? null);
  if (process.env.ERRDOC_PG_TIMING) console.log(`pg: ready in ${Math.round(performance.now() - started)} ms`);
  return () => server?.stop();
}
