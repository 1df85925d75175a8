import Link from "next/link";
import type { Language } from "@/lib/classifier/schema";
import type { Ticket } from "@/lib/db/schema";
import { formatShortDate } from "@/lib/i18n/format-time";
import { messages } from "@/lib/i18n/messages";
import { firstLine } from "@/lib/tickets/present";

export function SimilarList({ tickets, current, lang }: { tickets: Ticket[]; current: Ticket; lang: Language }) {
  if (tickets.length === 0) return null;
  const t = messages(lang).ticket;
  return (
    <section aria-labelledby="similar-heading">
      <h2 id="similar-heading" className="mb-3 text-lg font-semibold">
        {t.similar}
      </h2>
      <ul className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900/40">
        {tickets.map((ticket) => (
          <li key={ticket.id}>
            <Link href={`/t/${ticket.id}`} className="flex items-center gap-3 px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-800/50">
              <span className="w-16 shrink-0 text-xs text-zinc-500">{formatShortDate(ticket.createdAt, lang)}</span>
              <bdi className="min-w-0 flex-1 truncate font-mono text-[13px]">{firstLine(ticket.input)}</bdi>
              {ticket.fingerprint === current.fingerprint ? (
                <span className="shrink-0 rounded-full bg-zinc-100 px-2 py-0.5 text-xs text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
                  {t.sameError}
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
