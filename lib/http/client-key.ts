type HeaderReader = { get(name: string): string | null };

/**
 * The client address for rate limiting. `next start` fills x-forwarded-for from the socket;
 * behind a reverse proxy, that proxy's value comes first. The last hop is the one our own
 * server appended, so a client cannot dodge the limit by sending its own header.
 */
export function clientKeyFrom(headers: HeaderReader): string {
  const forwarded = headers.get("x-forwarded-for");
  const hops = forwarded ? forwarded.split(",").map((hop) => hop.trim()).filter(Boolean) : [];
  return hops.at(-1) ?? headers.get("x-real-ip") ?? "local";
}
