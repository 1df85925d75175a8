import type { Store } from "@/lib/db/store";

/**
 * Whether this process has seen its shared database (PostgreSQL) unreachable, so the proxy can
 * answer page requests with a 503 page at once instead of rendering pages that would fail. A
 * SQLite file that cannot be written still serves reads, so only PostgreSQL outages count.
 */
type OutageState = { downSince: number | null; lastProbe: number; probe: Promise<boolean> | null };
const slot = globalThis as typeof globalThis & { errdocOutage?: OutageState };
const state = (slot.errdocOutage ??= { downSince: null, lastProbe: 0, probe: null });

/** How often, while down, one page request checks whether the database is back. */
const PROBE_INTERVAL_MS = 1000;

export function noteStoreUnavailable(store: Pick<Store, "dialect">, now = Date.now()) {
  if (store.dialect !== "postgres") return;
  state.downSince ??= now;
  state.lastProbe = now;
}

export function noteStoreAvailable() {
  state.downSince = null;
}

/** True while the database is known to be unreachable (re-checked at most once a second). */
export async function storeIsDown(store: Pick<Store, "writeProblem" | "isUnavailable">, now = Date.now()): Promise<boolean> {
  if (state.downSince === null) return false;
  if (now - state.lastProbe < PROBE_INTERVAL_MS) return true;
  state.lastProbe = now;
  state.probe ??= store
    .writeProblem()
    .then((problem) => {
      if (!problem) noteStoreAvailable();
      return problem !== null;
    })
    .finally(() => {
      state.probe = null;
    });
  return state.probe;
}
