import { describe, expect, it } from "vitest";
import { draftDiagnosis } from "@/lib/tickets/create";
import type { NewTicket } from "./schema";
import type { Store } from "./store";

/**
 * What every Store adapter must do the same way (run by lib/db/sqlite-store.test.ts and
 * lib/db/pg/store.test.ts): leases, progress, the shared rate limit, the proxy's lookup.
 * `open` gives two stores on one fresh database, as two instances would have.
 */
export function storeContract(name: string, open: () => Promise<{ a: Store; b: Store; done: () => Promise<void> }>) {
  const processing = (text = "Error: spawn python ENOENT"): NewTicket => {
    const { ticket } = draftDiagnosis({
      config: { maxInputBytes: 262_144, maxContextBytes: 8192, llm: { baseURL: "http://127.0.0.1:9/v1", apiKey: "x", model: "m", timeoutMs: 1000, concurrency: 1, leaseMs: 1000 } },
      input: { text, lang: "en", mode: "llm" },
    });
    expect(ticket.status).toBe("processing");
    return ticket;
  };
  const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

  describe(`${name}: LLM job leases`, () => {
    it("gives a processing ticket to one instance only, however they race", async () => {
      const { a, b, done } = await open();
      try {
        const ticket = await a.insertTicket(processing());
        const claims = await Promise.all(
          Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).claimJobs({ owner: `owner-${i}`, limit: 5, leaseMs: 10_000, now: at(0) })),
        );
        expect(claims.flat()).toEqual([{ ticketId: ticket.id!, claims: 1 }]);
        // Live lease: nobody else gets it, not even with a targeted claim.
        expect(await b.claimJobs({ owner: "late", limit: 5, leaseMs: 10_000, now: at(5_000), onlyId: ticket.id })).toEqual([]);
      } finally {
        await done();
      }
    });

    it("lets another instance take over an expired lease, counting the interruption, and only the holder saves", async () => {
      const { a, b, done } = await open();
      try {
        const ticket = await a.insertTicket(processing());
        const [first] = await a.claimJobs({ owner: "a", limit: 1, leaseMs: 1_000, now: at(0) });
        expect(first?.claims).toBe(1);
        expect(await a.renewJob({ ticketId: ticket.id!, owner: "a", leaseMs: 1_000, now: at(500) })).toBe(true);
        expect(await a.writeJobProgress({ ticketId: ticket.id!, owner: "a", append: "half a rep", reset: false })).toBe(true);
        // a stops renewing; after its lease ends, b takes over and the dead attempt's text is dropped.
        expect(await b.claimJobs({ owner: "b", limit: 1, leaseMs: 1_000, now: at(1_400) })).toEqual([]);
        expect(await b.claimJobs({ owner: "b", limit: 1, leaseMs: 1_000, now: at(1_600) })).toEqual([{ ticketId: ticket.id, claims: 2 }]);
        expect(await a.readJobProgress(ticket.id!)).toMatchObject({ status: "processing", text: "", resets: 1 });
        // a wakes up: its lease is gone, so it can neither renew, write, nor save.
        expect(await a.renewJob({ ticketId: ticket.id!, owner: "a", leaseMs: 1_000, now: at(1_700) })).toBe(false);
        expect(await a.writeJobProgress({ ticketId: ticket.id!, owner: "a", append: "stale", reset: false })).toBe(false);
        expect(await a.finishJob({ ticketId: ticket.id!, owner: "a", changes: { status: "failed" } })).toBeNull();
        expect((await b.getTicket(ticket.id!))?.status).toBe("processing");
        const saved = await b.finishJob({ ticketId: ticket.id!, owner: "b", changes: { status: "completed", title: "Done by b" } });
        expect(saved).toMatchObject({ status: "completed", title: "Done by b" });
        // Finished: no job left, nothing to claim.
        expect(await a.claimJobs({ owner: "a", limit: 5, leaseMs: 1_000, now: at(99_000) })).toEqual([]);
        expect(await a.readJobProgress(ticket.id!)).toMatchObject({ status: "completed", text: "" });
      } finally {
        await done();
      }
    });

    it("claims oldest first, up to the limit, and never a ticket that is not processing", async () => {
      const { a, done } = await open();
      try {
        const ids: string[] = [];
        for (let i = 0; i < 4; i++) {
          const t = processing(`Error: spawn tool${i} ENOENT`);
          ids.push((await a.insertTicket({ ...t, createdAt: at(i * 1000), updatedAt: at(i * 1000) })).id);
        }
        await a.updateTicket({ id: ids[0]!, changes: { status: "failed" } });
        const claimed = await a.claimJobs({ owner: "a", limit: 2, leaseMs: 1_000, now: at(10_000) });
        expect(claimed.map((c) => c.ticketId)).toEqual([ids[1], ids[2]]);
      } finally {
        await done();
      }
    });

    it("shows the text so far to any instance, appended in order and thrown away on reset", async () => {
      const { a, b, done } = await open();
      try {
        const ticket = await a.insertTicket(processing());
        expect(await b.readJobProgress(ticket.id!)).toMatchObject({ status: "processing", text: "", resets: 0 });
        await a.claimJobs({ owner: "a", limit: 1, leaseMs: 60_000 });
        await a.writeJobProgress({ ticketId: ticket.id!, owner: "a", append: "# 标题\n", reset: false });
        await a.writeJobProgress({ ticketId: ticket.id!, owner: "a", append: "more 😀", reset: false });
        expect(await b.readJobProgress(ticket.id!)).toMatchObject({ text: "# 标题\nmore 😀", resets: 0 });
        await a.writeJobProgress({ ticketId: ticket.id!, owner: "a", append: "again", reset: true });
        expect(await b.readJobProgress(ticket.id!)).toMatchObject({ text: "again", resets: 1 });
        expect(await b.readJobProgress("no-such-ticket")).toBeNull();
        // A retry clears the job row.
        await a.endJob(ticket.id!);
        expect(await b.readJobProgress(ticket.id!)).toMatchObject({ text: "", resets: 0 });
      } finally {
        await done();
      }
    });
  });

  describe(`${name}: shared rate limit`, () => {
    it("counts every instance's hits in one window per key, from the key's first hit", async () => {
      const { a, b, done } = await open();
      try {
        const windowMs = 60_000;
        const start = Date.UTC(2026, 0, 1, 12, 0, 30);
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).hitRateLimit({ key: "203.0.113.5", limit: 6, windowMs, now: start + 1000 })),
        );
        expect(results.filter((r) => r === null)).toHaveLength(6);
        expect(results.filter((r) => r !== null)).toEqual([60, 60, 60, 60]);
        // Another key has its own count; the window is the key's, not the clock's minute.
        expect(await a.hitRateLimit({ key: "198.51.100.7", limit: 6, windowMs, now: start + 1000 })).toBeNull();
        expect(await b.hitRateLimit({ key: "203.0.113.5", limit: 6, windowMs, now: start + 59_000 })).toBe(2);
        // Once the window has passed, the key starts again at 1.
        expect(await b.hitRateLimit({ key: "203.0.113.5", limit: 6, windowMs, now: start + 61_000 })).toBeNull();
        expect(await a.hitRateLimit({ key: "203.0.113.5", limit: 1, windowMs, now: start + 62_000 })).toBe(59);
        expect(await b.hitRateLimit({ key: "203.0.113.5", limit: 0, windowMs, now: start })).toBeNull();
      } finally {
        await done();
      }
    });
  });

  describe(`${name}: the proxy's lookup and the health check`, () => {
    it("gives a ticket's status and version, and null for an unknown id", async () => {
      const { a, b, done } = await open();
      try {
        const ticket = await a.insertTicket(processing());
        expect(await b.ticketRouteState(ticket.id!)).toEqual({ status: "processing", version: ticket.updatedAt!.getTime() });
        const updated = await a.updateTicket({ id: ticket.id!, changes: { status: "completed", updatedAt: at(123_456) } });
        expect(await b.ticketRouteState(ticket.id!)).toEqual({ status: "completed", version: updated!.updatedAt.getTime() });
        expect(await b.ticketRouteState("nope")).toBeNull();
        expect(await a.writeProblem()).toBeNull();
      } finally {
        await done();
      }
    });
  });
}
