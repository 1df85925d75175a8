import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { firstForwarded, hasTrustedProxy, type HeaderReader } from "./client-key";
import { isJsonContentType } from "./json";

/** The hosts errdoc's own pages are served from: this request's Host, PUBLIC_URL, a trusted proxy's. */
function ownHosts(headers: HeaderReader): string[] {
  const hosts = [headers.get("host"), hostOf(env().publicUrl)];
  if (hasTrustedProxy(headers)) hosts.push(firstForwarded(headers, "x-forwarded-host"));
  return hosts.filter((host): host is string => Boolean(host)).map((host) => host.toLowerCase());
}

/**
 * For API calls that cost something (retry runs the LLM): refuse anything a page on another
 * site could make a browser send. Without a CORS preflight, which errdoc never grants, a
 * browser sends cross-origin only "simple" requests (text/plain or form bodies), and it marks
 * them with Sec-Fetch-Site and Origin. So a browser's cross-site request is refused (403);
 * any other request needs a JSON content type (415) unless it comes from errdoc's own pages.
 */
export function assertNotCrossSite(headers: HeaderReader): void {
  const site = headers.get("sec-fetch-site");
  const origin = headers.get("origin");
  const originHost = hostOf(origin);
  const isOwnOrigin = originHost !== null && ownHosts(headers).includes(originHost);
  if (site === "cross-site" || site === "same-site" || (origin !== null && !isOwnOrigin)) {
    throw new AppError("forbidden", "Cross-origin requests are not accepted here.");
  }
  if (isJsonContentType(headers.get("content-type"))) return;
  if (site === "same-origin" || isOwnOrigin) return;
  throw new AppError("unsupported_media_type", "Send this request with Content-Type: application/json (an empty body is fine).");
}

function hostOf(origin: string | null): string | null {
  if (!origin) return null;
  try {
    return new URL(origin).host.toLowerCase() || null;
  } catch {
    return null;
  }
}
