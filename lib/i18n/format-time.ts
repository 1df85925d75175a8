import type { Language } from "@/lib/classifier/schema";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Language, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ""}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-US", {
      year: "numeric",
      month: locale === "zh" ? "2-digit" : "short",
      day: locale === "zh" ? "2-digit" : "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    });
    formatters.set(key, f);
  }
  return f;
}

/** The seeds' style in zh (`2026年02月24日 01:08`), `Feb 24, 2026, 01:08` in en. */
export function formatTicketTime(date: Date, locale: Language, timeZone?: string): string {
  const parts = Object.fromEntries(formatter(locale, timeZone).formatToParts(date).map((p) => [p.type, p.value]));
  if (locale === "zh") return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
  return `${parts.month} ${parts.day}, ${parts.year}, ${parts.hour}:${parts.minute}`;
}

/** Just the date, for compact lists: `02月24日` / `Feb 24`. */
export function formatShortDate(date: Date, locale: Language, timeZone?: string): string {
  const parts = Object.fromEntries(formatter(locale, timeZone).formatToParts(date).map((p) => [p.type, p.value]));
  return locale === "zh" ? `${parts.month}月${parts.day}日` : `${parts.month} ${parts.day}`;
}
