import { describe, expect, it } from "vitest";
import { nonceOf, PageCache, pathOfKey, randomNonce, type CachedPage } from "./page-cache";

const ROUTE = "/route-cache/APP_PAGE/3ef64a0d69fbb70bccb5cd6ad32f95be205335e2d2c6559377fab33cd403dfa3/$";
const keyOf = (path: string) => `${ROUTE}${path}`;

function pageFor(nonce: string | null, { bytes = 1000, status }: { bytes?: number; status?: number } = {}): CachedPage {
  const script = nonce ? `<script nonce="${nonce}">self.__next_f.push([0])</script>` : "<script>x()</script>";
  return {
    kind: "APP_PAGE",
    html: `<!DOCTYPE html><html><head>${script}</head><body>${"x".repeat(Math.max(0, bytes - 100))}</body></html>`,
    rscData: new Uint8Array(10),
    headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/[lang]/t/[id]/v/[version]/page" },
    status,
  };
}

function makeCache(overrides: Partial<ConstructorParameters<typeof PageCache>[0]> = {}) {
  let clock = 1_000_000;
  let counter = 0;
  const cache = new PageCache({
    maxBytes: 100_000,
    maxAgeMs: 600_000,
    maxGenerations: 100,
    now: () => clock,
    nonce: () => `nonce${++counter}`,
    ...overrides,
  });
  return { cache, advance: (ms: number) => (clock += ms) };
}

/** What the proxy and Next do for one request: admit the path, then read or render-and-store. */
function visit(cache: PageCache, path: string, page: (nonce: string) => CachedPage = (n) => pageFor(n)) {
  const nonce = cache.admit(path);
  const hit = cache.get(keyOf(path));
  if (hit) return { nonce, hit: true, html: hit.value.html };
  const rendered = page(nonce);
  cache.set(keyOf(path), rendered, { revalidate: false });
  return { nonce, hit: false, html: rendered.html };
}

describe("PageCache", () => {
  it("serves an admitted page with the nonce it was rendered with, to every request of its generation", () => {
    const { cache } = makeCache();
    const first = visit(cache, "/en/t/abc/v/1");
    const second = visit(cache, "/en/t/abc/v/1");
    expect(first.hit).toBe(false);
    expect(second).toMatchObject({ hit: true, nonce: first.nonce });
    expect(nonceOf(second.html!)).toBe(second.nonce);
  });

  it("keeps nothing the proxy did not admit: an unknown path, a 404, a page without the path's nonce", () => {
    const { cache } = makeCache();
    expect(cache.set(keyOf("/en/t/nope/v/1.png"), pageFor("whatever"), {})).toBe(false);
    const nonce = cache.admit("/en/t/abc/v/1");
    expect(cache.set(keyOf("/en/t/abc/v/1"), pageFor(nonce, { status: 404 }), {})).toBe(false);
    expect(cache.set(keyOf("/en/t/abc/v/1"), pageFor("someone-elses-nonce"), {})).toBe(false);
    expect(cache.set(keyOf("/en/t/abc/v/1"), pageFor(null), {})).toBe(false);
    expect(cache.set(keyOf("/en/t/abc/v/1"), { kind: "FETCH" }, {})).toBe(false);
    expect(cache.stats().entries).toBe(0);
    expect(cache.set(keyOf("/en/t/abc/v/1"), pageFor(nonce), {})).toBe(true);
  });

  it("stays under its byte cap, dropping the least recently used page and its nonce", () => {
    const { cache } = makeCache({ maxBytes: 3_000 });
    const a = visit(cache, "/en/t/a/v/1");
    visit(cache, "/en/t/b/v/1");
    visit(cache, "/en/t/a/v/1"); // a is now the most recently used
    visit(cache, "/en/t/c/v/1");
    const stats = cache.stats();
    expect(stats.bytes).toBeLessThanOrEqual(3_000);
    expect(stats.paths.sort()).toEqual(["/en/t/a/v/1", "/en/t/c/v/1"]);
    expect(visit(cache, "/en/t/a/v/1")).toMatchObject({ hit: true, nonce: a.nonce });
    // b was evicted: it renders again, under a nonce nobody has seen.
    const b = visit(cache, "/en/t/b/v/1");
    expect(b.hit).toBe(false);
    expect(b.nonce).not.toBe("nonce2");
  });

  it("bounds the admitted paths that never got a page", () => {
    const { cache } = makeCache({ maxGenerations: 10 });
    for (let i = 0; i < 500; i++) cache.admit(`/en/t/t${i}/v/1`);
    expect(cache.stats().generations).toBe(10);
  });

  it("renders a page again after maxAgeMs with a new nonce, so a published nonce never covers new content", () => {
    const { cache, advance } = makeCache();
    const first = visit(cache, "/en/t/abc/v/1");
    advance(599_000);
    expect(visit(cache, "/en/t/abc/v/1")).toMatchObject({ hit: true, nonce: first.nonce });
    advance(2_000);
    const later = visit(cache, "/en/t/abc/v/1");
    expect(later.hit).toBe(false);
    expect(later.nonce).not.toBe(first.nonce);
    // A request admitted under the old nonce that renders late is served, never stored.
    expect(cache.set(keyOf("/en/t/abc/v/1"), pageFor(first.nonce), {})).toBe(false);
    expect(visit(cache, "/en/t/abc/v/1")).toMatchObject({ hit: true, nonce: later.nonce });
  });

  it("sweeps pages no request asks for any more (a ticket deleted through another instance)", () => {
    const { cache, advance } = makeCache();
    visit(cache, "/en/t/gone/v/1");
    advance(700_000);
    cache.admit("/en");
    expect(cache.stats().paths).not.toContain("/en/t/gone/v/1");
    expect(cache.stats().bytes).toBe(0);
  });

  it("purges every language and version of one ticket, and nothing else", () => {
    const { cache } = makeCache();
    for (const path of ["/en/t/abc/v/1", "/zh/t/abc/v/1", "/en/t/abc/v/2", "/en/t/abcd/v/1", "/en"]) visit(cache, path);
    const old = cache.admit("/en/t/abc/v/2");
    expect(cache.purgeTicket("abc")).toBe(3);
    expect(cache.stats().paths.sort()).toEqual(["/en", "/en/t/abcd/v/1"]);
    expect(cache.get(keyOf("/en/t/abc/v/2"))).toBeNull();
    expect(cache.admit("/en/t/abc/v/2")).not.toBe(old);
  });

  it("drops pages carrying a revalidated tag", () => {
    const { cache } = makeCache();
    visit(cache, "/en/t/abc/v/1");
    cache.revalidateTags(["_N_T_/[lang]/t/[id]/v/[version]/page"]);
    expect(cache.stats().entries).toBe(0);
  });

  it("follows Next's cacheMaxMemorySize, where 0 turns caching off", () => {
    const { cache } = makeCache();
    visit(cache, "/en/t/abc/v/1");
    cache.setMaxBytes(0);
    expect(cache.stats().entries).toBe(0);
    expect(visit(cache, "/en/t/abc/v/1").hit).toBe(false);
    expect(visit(cache, "/en/t/abc/v/1").hit).toBe(false);
  });
});

describe("helpers", () => {
  it("reads the pathname out of Next's cache key", () => {
    expect(pathOfKey(keyOf("/en/t/abc/v/1"))).toBe("/en/t/abc/v/1");
    expect(pathOfKey("/en")).toBe("/en");
  });

  it("makes 128-bit nonces in the alphabet CSP and Next's parser accept", () => {
    const nonces = new Set(Array.from({ length: 200 }, randomNonce));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
