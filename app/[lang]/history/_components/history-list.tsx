import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import type { Language } from "@/lib/classifier/schema";
import { formatShortDate, formatTicketTime } from "@/lib/i18n/format-time";
import { messages } from "@/lib/i18n/messages";
import { categoryLabel } from "@/lib/report";
import { showBidiControls } from "@/lib/render/bidi";
import { highlightTerms, matchSnippet } from "@/lib/search/search-text";
import { firstLine } from "@/lib/tickets/present";
import type { HistoryItem } from "@/lib/tickets/service";

export function HistoryList({ items, lang, query }: { items: HistoryItem[]; lang: Language; query: string }) {
  const t = messages(lang);
  return (
    <ol className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900/40">
      {items.map((item) => (
        <li key={item.id} data-testid="history-row" data-ticket-id={item.id}>
          <div className="relative px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
            <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
              <time dateTime={item.createdAt.toISOString()}>{formatTicketTime(item.createdAt, lang)}</time>
              <StatusBadge status={item.status} label={t.ticket.status[item.status] ?? item.status} />
              <span className="rounded-full bg-brand-50 px-2 py-0.5 font-medium text-brand-700 dark:bg-brand-700/20 dark:text-brand-200" data-category={item.category}>
                {categoryLabel(item.category, lang)}
              </span>
              {item.provider ? <span className="font-mono">{item.provider}</span> : null}
              {item.feedbackUp + item.feedbackDown > 0 ? (
                <span title={t.stats.feedback}>
                  👍 {item.feedbackUp} · 👎 {item.feedbackDown}
                </span>
              ) : null}
            </div>
            <Link href={`/t/${item.id}`} className="mt-1 block font-medium after:absolute after:inset-0">
              <bdi>
                <Highlighted text={showBidiControls(item.title)} query={query} />
              </bdi>
            </Link>
            <p className="mt-0.5 truncate font-mono text-[13px] text-zinc-600 dark:text-zinc-400" data-testid="first-line">
              <bdi>
                <Highlighted text={showBidiControls((query && matchSnippet(item.input, query)) || firstLine(item.input))} query={query} />
              </bdi>
            </p>
            {item.group && item.group.count > 1 ? (
              <p className="relative z-10 mt-1 text-xs text-zinc-500">
                <Link href={`/history/g/${item.fingerprint}`} className="font-medium text-brand-700 hover:underline dark:text-brand-400">
                  {t.history.seen(item.group.count)}
                </Link>{" "}
                · {t.history.firstLast(formatShortDate(item.group.firstAt, lang), formatShortDate(item.group.lastAt, lang))}
              </p>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

function Highlighted({ text, query }: { text: string; query: string }) {
  if (!query) return <>{text}</>;
  return (
    <>
      {highlightTerms(text, query).map((part, i) =>
        part.isMatch ? (
          <mark key={i} className="rounded-sm bg-amber-200/80 px-0.5 text-inherit dark:bg-amber-500/30">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
