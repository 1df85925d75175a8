/** A fixed-window counter per client key, in memory: enough for one self-hosted process. */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limitPerWindow: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one hit; returns null when allowed, or the seconds to wait. */
  hit(key: string, now = Date.now()): number | null {
    if (this.limitPerWindow <= 0) return null;
    const window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(now);
      this.windows.set(key, { startedAt: now, count: 1 });
      return null;
    }
    if (window.count >= this.limitPerWindow) {
      return Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000));
    }
    window.count += 1;
    return null;
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
    }
  }
}
