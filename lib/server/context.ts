import type { Store } from "@/lib/db/store";
import { createSqliteStore } from "@/lib/db/sqlite-store";
import { env, type Env } from "@/lib/env";
import { LlmJobRunner } from "@/lib/tickets/llm-jobs";

/** What one errdoc process runs on: built once, from the environment. */
export type AppContext = {
  env: Env;
  store: Store;
  /** Null when no LLM is configured. */
  jobs: LlmJobRunner | null;
};

/**
 * The store for DATABASE_URL: embedded SQLite by default, PostgreSQL for postgres:// URLs (its
 * module is loaded only then, so the default build never opens a pool).
 */
export async function openStore(config: Env["database"]): Promise<Store> {
  if (config.dialect === "sqlite") return createSqliteStore(config.path);
  const { createPostgresStore } = await import("@/lib/db/pg/store");
  return createPostgresStore(config);
}

export function buildContext(config: Env, store: Store): AppContext {
  return { env: config, store, jobs: config.llm ? new LlmJobRunner(store, config.llm) : null };
}

// The one process-wide slot: Next bundles the proxy, route handlers and pages apart, so a
// module-level variable would exist once per bundle; globalThis exists once per process.
const slot = globalThis as typeof globalThis & { errdocContext?: Promise<AppContext> };

/** The process's context, opened (and, for PostgreSQL, migrated) on first use. */
export function appContext(): Promise<AppContext> {
  if (!slot.errdocContext) {
    const opening = (async () => {
      const config = env();
      return buildContext(config, await openStore(config.database));
    })();
    slot.errdocContext = opening;
    opening.catch(() => {
      // Opening failed (e.g. an unwritable SQLite file): the next request tries again.
      if (slot.errdocContext === opening) slot.errdocContext = undefined;
    });
  }
  return slot.errdocContext;
}

/** For tests: run the app on a given context. */
export function setAppContext(context: AppContext | undefined) {
  slot.errdocContext = context ? Promise.resolve(context) : undefined;
}
