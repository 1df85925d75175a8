import type { Store } from "@/lib/db/store";

/**
 * Whether this process's shared database (PostgreSQL) is unreachable, so the proxy can answer
 * page requests with a 503 page at once instead of rendering pages that would fail. A SQLite
 * file that cannot be written still serves reads, so only PostgreSQL outages count.
 *
 * "Down" is what /api/health says: the database does not take a write (writeProblem). It is
 * learnt from failed store calls, the health check and the job poller; and, so that the first
 * page asked for after the database went away is a 503 page too rather than a failed render,
 * from a probe when nothing has reached the database for FRESH_MS (one round trip, shared by
 * concurrent requests; never under steady traffic, which keeps it fresh).
 */
type OutageState = { downSince: number | null; lastOk: number; lastProbe: number; probe: Promise<boolean> | null };
const slot = globalThis as typeof globalThis & { errdocOutage?: OutageState };
const state = (slot.errdocOutage ??= { downSince: null, lastOk: 0, lastProbe: 0, probe: null });

/** How often, while down, one page request checks whether the database is back. */
const PROBE_INTERVAL_MS = 1000;
/** A database that answered this recently is taken to be up without asking it again. */
const FRESH_MS = 250;

export function noteStoreUnavailable(store: Pick<Store, "dialect">, now = Date.now()) {
  if (store.dialect !== "postgres") return;
  state.downSince ??= now;
  state.lastProbe = now;
}

export function noteStoreAvailable(now = Date.now()) {
  state.downSince = null;
  state.lastOk = now;
}

/** True while the database is unreachable: known down (re-checked at most once a second), or found so by a probe. */
export async function storeIsDown(store: Pick<Store, "dialect" | "writeProblem">, now = Date.now()): Promise<boolean> {
  if (store.dialect !== "postgres") return false;
  if (state.downSince === null) return now - state.lastOk < FRESH_MS ? false : probe(store, now);
  return now - state.lastProbe < PROBE_INTERVAL_MS ? true : probe(store, now);
}

function probe(store: Pick<Store, "dialect" | "writeProblem">, now: number): Promise<boolean> {
  state.lastProbe = now;
  state.probe ??= store
    .writeProblem()
    .then((problem) => {
      if (problem) noteStoreUnavailable(store, now);
      else noteStoreAvailable(now);
      return problem !== null;
    })
    .finally(() => {
      state.probe = null;
    });
  return state.probe;
}

/** Forgets what was learnt (tests). */
export function resetOutageState() {
  Object.assign(state, { downSince: null, lastOk: 0, lastProbe: 0, probe: null });
}
