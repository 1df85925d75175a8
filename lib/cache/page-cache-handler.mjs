// Next's `cacheHandler` (next.config.ts): Node loads this file as it is, unbundled, so it is
// plain JavaScript and only forwards to the store in lib/cache/page-cache.ts, which the proxy
// creates on globalThis with the first page request. Without a store (`next build`, or before
// any request) nothing is cached: a miss only means a render.

const STORE = Symbol.for("errdoc.pageCache");

/** @returns {import("./page-cache").PageCache | undefined} */
function store() {
  return /** @type {Record<symbol, import("./page-cache").PageCache | undefined>} */ (/** @type {unknown} */ (globalThis))[STORE];
}

export default class PageCacheHandler {
  /** @param {{ maxMemoryCacheSize?: number }} context */
  constructor(context) {
    if (typeof context?.maxMemoryCacheSize === "number") store()?.setMaxBytes(context.maxMemoryCacheSize);
  }

  /** @param {string} key */
  async get(key) {
    return store()?.get(key) ?? null;
  }

  /**
   * @param {string} key
   * @param {import("./page-cache").CachedPage | null} data
   * @param {{ cacheControl?: unknown }} context
   */
  async set(key, data, context) {
    store()?.set(key, data, context?.cacheControl);
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    store()?.revalidateTags(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
