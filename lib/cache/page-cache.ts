/**
 * errdoc's page cache: the store behind Next's ISR cache (see page-cache-handler.mjs).
 *
 * Why not Next's own filesystem cache: it writes every rendered page to `.next/server`
 * forever, including the 404 of any path an anonymous request names. Here pages live in this
 * process's memory only, the total is capped in bytes (least recently used goes first), and
 * only pages the proxy admitted may be stored: a completed ticket's versioned page, or a home
 * page. Nothing else, and no error page, is ever kept.
 *
 * Each admitted path has a generation: a random CSP nonce that the proxy sends with every
 * request for that path (so the render embeds it and the response header allows it). A cached
 * page is served only while its generation lives, so its inline scripts and the header always
 * agree without `'unsafe-inline'`. A generation ends with its page (evicted, purged, or older
 * than `maxAgeMs`); the next request starts a new one with a new nonce and a fresh render, so
 * a nonce that has been published never covers content rendered later.
 */

/** Next's cached value, reduced to what the store reads. */
export type CachedPage = {
  kind: string;
  html?: string;
  rscData?: Uint8Array;
  segmentData?: Map<string, Uint8Array>;
  postponed?: string;
  headers?: Record<string, unknown>;
  status?: number;
};

export type CacheEntry = { lastModified: number; value: CachedPage; cacheControl: unknown };

type Stored = CacheEntry & { path: string; nonce: string; bytes: number };
type Generation = { nonce: string; createdAt: number };

export type PageCacheOptions = {
  maxBytes: number;
  /** How long a rendered page is served before it is rendered again (the "similar" list refreshes). */
  maxAgeMs: number;
  /** Bound on paths with a live nonce (admitted but maybe never stored). */
  maxGenerations: number;
  now?: () => number;
  nonce?: () => string;
};

export const PAGE_CACHE_DEFAULTS = {
  maxBytes: 50 * 1024 * 1024,
  maxAgeMs: 10 * 60_000,
  maxGenerations: 10_000,
} as const;

const SWEEP_INTERVAL_MS = 60_000;

export class PageCache {
  private readonly entries = new Map<string, Stored>();
  private readonly generations = new Map<string, Generation>();
  private totalBytes = 0;
  private lastSweep = 0;
  private maxBytes: number;
  private readonly maxAgeMs: number;
  private readonly maxGenerations: number;
  private readonly now: () => number;
  private readonly newNonce: () => string;

  constructor(options: PageCacheOptions) {
    this.maxBytes = options.maxBytes;
    this.maxAgeMs = options.maxAgeMs;
    this.maxGenerations = options.maxGenerations;
    this.now = options.now ?? Date.now;
    this.newNonce = options.nonce ?? randomNonce;
  }

  /** The cap follows Next's `cacheMaxMemorySize`; 0 turns caching off, as it does in Next. */
  setMaxBytes(maxBytes: number): void {
    if (!Number.isFinite(maxBytes) || maxBytes < 0 || maxBytes === this.maxBytes) return;
    this.maxBytes = maxBytes;
    this.evictOverflow();
  }

  /**
   * Called by the proxy for a request it routes to a cacheable page; returns the nonce that the
   * request's render and response must carry.
   */
  admit(path: string): string {
    const now = this.now();
    this.sweep(now);
    const current = this.generations.get(path);
    if (current && now - current.createdAt < this.maxAgeMs) return current.nonce;
    if (current) this.purgePath(path);
    const generation = { nonce: this.newNonce(), createdAt: now };
    this.generations.set(path, generation);
    while (this.generations.size > this.maxGenerations) {
      const oldest = this.generations.keys().next().value as string;
      this.purgePath(oldest);
    }
    return generation.nonce;
  }

  get(key: string): CacheEntry | null {
    const stored = this.entries.get(key);
    if (!stored) return null;
    if (this.generations.get(stored.path)?.nonce !== stored.nonce) {
      this.remove(key);
      return null;
    }
    // Least recently used goes first: a hit moves the entry to the end.
    this.entries.delete(key);
    this.entries.set(key, stored);
    return { lastModified: stored.lastModified, value: stored.value, cacheControl: stored.cacheControl };
  }

  /** Stores a rendered page if its path was admitted and it was rendered with that path's nonce. */
  set(key: string, value: CachedPage | null, cacheControl: unknown): boolean {
    if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string") return false;
    const path = pathOfKey(key);
    const generation = this.generations.get(path);
    // A render under another nonce (a request admitted before the generation changed) is
    // served to its own request only; it must not replace the current page.
    if (!generation || nonceOf(value.html) !== generation.nonce) return false;
    this.remove(key);
    if (value.status !== undefined && value.status !== 200) return false;
    const bytes = sizeOf(key, value);
    if (bytes > this.maxBytes) return false;
    this.entries.set(key, { lastModified: this.now(), value, cacheControl, path, nonce: generation.nonce, bytes });
    this.totalBytes += bytes;
    this.evictOverflow();
    return this.entries.has(key);
  }

  /** Next's revalidateTag / revalidatePath: drop every page carrying one of the tags. */
  revalidateTags(tags: readonly string[]): void {
    const wanted = new Set(tags);
    for (const [key, stored] of [...this.entries]) {
      const header = stored.value.headers?.["x-next-cache-tags"];
      const pageTags = typeof header === "string" ? header.split(",") : [];
      if (pageTags.some((tag) => wanted.has(tag))) this.purgePath(stored.path, key);
    }
  }

  /** Forgets every rendered page of a ticket (all languages and versions) and their nonces. */
  purgeTicket(id: string): number {
    let removed = 0;
    const ofTicket = (path: string) => {
      const [, , t, ticketId] = path.split("/");
      return t === "t" && ticketId === id;
    };
    for (const [key, stored] of [...this.entries]) {
      if (ofTicket(stored.path)) {
        this.remove(key);
        removed++;
      }
    }
    for (const path of [...this.generations.keys()]) if (ofTicket(path)) this.generations.delete(path);
    return removed;
  }

  stats(): { entries: number; bytes: number; generations: number; paths: string[] } {
    return {
      entries: this.entries.size,
      bytes: this.totalBytes,
      generations: this.generations.size,
      paths: [...this.entries.values()].map((s) => s.path),
    };
  }

  private purgePath(path: string, key?: string): void {
    this.generations.delete(path);
    if (key) this.remove(key);
    for (const [k, stored] of [...this.entries]) if (stored.path === path) this.remove(k);
  }

  private remove(key: string): void {
    const stored = this.entries.get(key);
    if (!stored) return;
    this.entries.delete(key);
    this.totalBytes -= stored.bytes;
  }

  private evictOverflow(): void {
    while (this.totalBytes > this.maxBytes && this.entries.size > 0) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, Stored];
      // The path's nonce goes with its page: a later render gets a nonce nobody has seen.
      this.generations.delete(oldest.path);
      this.remove(oldestKey);
    }
  }

  /** Drops pages and nonces past their age, also those no request will ever ask for again. */
  private sweep(now: number): void {
    if (now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    for (const [path, generation] of [...this.generations]) {
      if (now - generation.createdAt >= this.maxAgeMs) this.purgePath(path);
    }
  }
}

/** Next's cache key is `/route-cache/{kind}/{route hash}/${pathname}`; the pathname is what the proxy saw. */
export function pathOfKey(key: string): string {
  const marker = key.indexOf("/$/");
  return marker === -1 ? key : key.slice(marker + 2);
}

/** The nonce Next put on the page's scripts (all of them carry the request's nonce). */
export function nonceOf(html: string): string | null {
  return /<script[^>]*?\snonce="([^"]+)"/.exec(html)?.[1] ?? null;
}

function sizeOf(key: string, value: CachedPage): number {
  let bytes = key.length + Buffer.byteLength(value.html ?? "") + (value.rscData?.byteLength ?? 0) + (value.postponed?.length ?? 0);
  for (const [segment, data] of value.segmentData ?? []) bytes += segment.length + data.byteLength;
  return bytes;
}

/** 128 random bits, base64url: the shape CSP and Next's nonce parser accept. */
export function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const STORE = Symbol.for("errdoc.pageCache");
const globalStore = globalThis as typeof globalThis & { [STORE]?: PageCache };

/**
 * One store per process, on globalThis: the proxy, the route code (bundled separately) and
 * Next's cache handler (loaded by Node, not bundled) must all reach the same one.
 */
export function pageCache(): PageCache {
  return (globalStore[STORE] ??= new PageCache(PAGE_CACHE_DEFAULTS));
}
