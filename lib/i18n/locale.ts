import type { Language } from "@/lib/classifier/schema";

export const locales = ["en", "zh"] as const satisfies readonly Language[];
export const defaultLocale: Language = "en";
export const LOCALE_COOKIE = "errdoc_lang";

// A plain check, not the zod schema: client components call this, and zod in the browser
// probes `new Function` at start-up, which the nonce-only CSP reports as a violation.
export function isLocale(value: unknown): value is Language {
  return (locales as readonly unknown[]).includes(value);
}

/** Picks zh or en from an Accept-Language header, honouring q-values. */
export function localeFromAcceptLanguage(header: string | null | undefined): Language | null {
  if (!header) return null;
  let best: { locale: Language; q: number } | null = null;
  for (const part of header.slice(0, 512).split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const q = Number(params.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? 1);
    const primary = tag.trim().toLowerCase().split("-")[0];
    const locale = primary === "zh" ? "zh" : primary === "en" ? "en" : null;
    if (locale && Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? null;
}

export function resolveLocale({ cookie, acceptLanguage }: { cookie?: string | null; acceptLanguage?: string | null }): Language {
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(acceptLanguage) ?? defaultLocale;
}
