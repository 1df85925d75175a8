"use client";

import type { Language } from "@/lib/classifier/schema";
import { formatTicketTime } from "@/lib/i18n/format-time";
import { useClientValue } from "./use-client-value";

/** Server-rendered in the server's time zone, then shown in the reader's own once hydrated. */
export function LocalTime({ iso, lang, initial }: { iso: string; lang: Language; initial: string }) {
  const text = useClientValue(() => formatTicketTime(new Date(iso), lang), initial);
  return <time dateTime={iso}>{text}</time>;
}
