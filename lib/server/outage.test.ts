import { beforeEach, describe, expect, it } from "vitest";
import { noteStoreAvailable, noteStoreUnavailable, resetOutageState, storeIsDown } from "./outage";

/** A store whose writeProblem answers `problem` and counts the calls. */
function fakeStore(dialect: "postgres" | "sqlite", problem: string | null = null) {
  const store = {
    dialect,
    problem,
    calls: 0,
    writeProblem: async () => {
      store.calls++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return store.problem;
    },
  };
  return store;
}

describe("storeIsDown", () => {
  beforeEach(() => resetOutageState());

  it("never probes or reports an outage for SQLite", async () => {
    const store = fakeStore("sqlite", "disk I/O error");
    expect(await storeIsDown(store, 10_000)).toBe(false);
    expect(store.calls).toBe(0);
  });

  it("asks an idle PostgreSQL once, for all the requests that arrive meanwhile, and finds it down", async () => {
    const store = fakeStore("postgres", "connect ECONNREFUSED 127.0.0.1:5432");
    const answers = await Promise.all([storeIsDown(store, 10_000), storeIsDown(store, 10_001), storeIsDown(store, 10_002)]);
    expect(answers).toEqual([true, true, true]);
    expect(store.calls).toBe(1);
    // Known down: no new probe within the second, then one.
    expect(await storeIsDown(store, 10_500)).toBe(true);
    expect(store.calls).toBe(1);
    store.problem = null;
    expect(await storeIsDown(store, 11_100)).toBe(false);
    expect(store.calls).toBe(2);
  });

  it("does not probe while other calls keep reaching the database", async () => {
    const store = fakeStore("postgres");
    noteStoreAvailable(10_000);
    expect(await storeIsDown(store, 10_200)).toBe(false);
    expect(store.calls).toBe(0);
    expect(await storeIsDown(store, 10_400)).toBe(false);
    expect(store.calls).toBe(1);
  });

  it("trusts a failure another call saw, until the next probe", async () => {
    const store = fakeStore("postgres");
    noteStoreAvailable(9_900);
    noteStoreUnavailable(store, 10_000);
    expect(await storeIsDown(store, 10_100)).toBe(true);
    expect(store.calls).toBe(0);
    expect(await storeIsDown(store, 11_001)).toBe(false);
    expect(store.calls).toBe(1);
  });
});
