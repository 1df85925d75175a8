import { env } from "@/lib/env";
import { firstForwarded, hasTrustedProxy, type HeaderReader } from "@/lib/http/client-key";
import { localeFromAcceptLanguage } from "@/lib/i18n/locale";

const HOST_PATTERN = /^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i;

/**
 * The origin for absolute links: PUBLIC_URL when set; else what a proxy named in TRUST_PROXY
 * says (X-Forwarded-Host/-Proto); else the Host the client used (request.url holds the
 * server's own bind name, which may differ, e.g. localhost vs 127.0.0.1). A forwarded header
 * from anyone else is ignored: it would let a client rewrite the links the API hands out.
 */
export function originOf(request: Request): string {
  const configured = env().publicUrl;
  if (configured) return configured;
  const url = new URL(request.url);
  const isProxied = hasTrustedProxy(request.headers);
  const forwardedHost = isProxied ? firstForwarded(request.headers, "x-forwarded-host") : null;
  const host = forwardedHost ?? request.headers.get("host");
  const forwardedProto = isProxied ? firstForwarded(request.headers, "x-forwarded-proto") : null;
  const proto = forwardedProto === "http" || forwardedProto === "https" ? forwardedProto : "http";
  return host && HOST_PATTERN.test(host) ? `${proto}://${host}` : url.origin;
}

/**
 * Whether the browser reached us over HTTPS, so cookies may be marked Secure: PUBLIC_URL is
 * https, or a trusted proxy says so. (errdoc itself only speaks plain HTTP.)
 */
export function isHttpsRequest(headers: HeaderReader): boolean {
  if (env().publicUrl?.startsWith("https:")) return true;
  return hasTrustedProxy(headers) && firstForwarded(headers, "x-forwarded-proto")?.toLowerCase() === "https";
}

export function acceptLanguageOf(request: Request) {
  return localeFromAcceptLanguage(request.headers.get("accept-language"));
}

/** Room for JSON escaping around the text and context limits; the exact text size is checked after parsing. */
export function maxJsonBodyBytes(): number {
  const { maxInputBytes, maxContextBytes } = env();
  return 2 * (maxInputBytes + maxContextBytes) + 16 * 1024;
}
