import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The service reads its database from the environment once: point it at a scratch file first.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errdoc-delete-"));
process.env.DATABASE_URL = `file:${path.join(dir, "delete.db")}`;
process.env.LLM_BASE_URL = "";
process.env.LLM_API_KEY = "";
process.env.OPENAI_BASE_URL = "";
process.env.OPENAI_API_KEY = "";

type Service = typeof import("./service");
type Cache = typeof import("@/lib/cache/page-cache");
let service: Service;
let cache: Cache;
// Importing the service loads the whole app's lib (the catalog included): seconds on a busy machine.
beforeAll(async () => {
  service = await import("./service");
  cache = await import("@/lib/cache/page-cache");
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What Next stores after rendering `path` for a request the proxy admitted. */
function renderIntoCache(pagePath: string) {
  const store = cache.pageCache();
  const nonce = store.admit(pagePath);
  const html = `<html><head><script nonce="${nonce}">self.__next_f.push([0])</script></head><body>report</body></html>`;
  expect(store.set(`/route-cache/APP_PAGE/0f/$${pagePath}`, { kind: "APP_PAGE", html }, { revalidate: false })).toBe(true);
}

describe("deleting a ticket", () => {
  it("drops its rendered pages (every language and version) from the page cache, and no one else's", async () => {
    const { ticket, ownerToken } = await service.diagnose({ input: { text: "Error: spawn python ENOENT" }, clientKey: "test" });
    const other = (await service.diagnose({ input: { text: "Error: listen EADDRINUSE: address already in use :::3000" }, clientKey: "test" })).ticket;
    const version = ticket.updatedAt.getTime();
    for (const lang of ["en", "zh"]) renderIntoCache(`/${lang}/t/${ticket.id}/v/${version}`);
    renderIntoCache(`/en/t/${ticket.id}/v/${version - 1}`);
    renderIntoCache(`/en/t/${other.id}/v/${other.updatedAt.getTime()}`);

    await service.deleteDiagnosis({ id: ticket.id, ownerToken });

    const cached = cache.pageCache().stats().paths;
    expect(cached.filter((p) => p.includes(ticket.id))).toEqual([]);
    expect(cached).toContain(`/en/t/${other.id}/v/${other.updatedAt.getTime()}`);
    expect(await service.findTicket(ticket.id)).toBeNull();
  });
});
