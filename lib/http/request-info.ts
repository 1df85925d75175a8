import { env } from "@/lib/env";
import { localeFromAcceptLanguage } from "@/lib/i18n/locale";

/**
 * The origin for absolute links: PUBLIC_URL when set, else the Host the client used
 * (request.url holds the server's own bind name, which may differ, e.g. localhost vs 127.0.0.1).
 */
export function originOf(request: Request): string {
  const configured = env().publicUrl;
  if (configured) return configured;
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const proto = forwardedProto === "http" || forwardedProto === "https" ? forwardedProto : url.protocol.replace(/:$/, "");
  return host && /^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(host) ? `${proto}://${host}` : url.origin;
}

export function acceptLanguageOf(request: Request) {
  return localeFromAcceptLanguage(request.headers.get("accept-language"));
}

/** Room for JSON escaping around the text and context limits; the exact text size is checked after parsing. */
export function maxJsonBodyBytes(): number {
  const { maxInputBytes, maxContextBytes } = env();
  return 2 * (maxInputBytes + maxContextBytes) + 16 * 1024;
}
