import Link from "next/link";
import { Sparkline } from "@/components/sparkline";
import { StatusBadge } from "@/components/status-badge";
import type { Language } from "@/lib/classifier/schema";
import { formatShortDate } from "@/lib/i18n/format-time";
import { messages } from "@/lib/i18n/messages";
import { categoryLabel } from "@/lib/report";
import { showBidiControls } from "@/lib/render/bidi";
import { firstLine } from "@/lib/tickets/present";
import type { HistoryGroup } from "@/lib/tickets/service";

/** One row per error group: the latest ticket's title and status, how often and when, and a 30-day line. */
export function GroupList({ items, lang }: { items: HistoryGroup[]; lang: Language }) {
  const t = messages(lang);
  const h = t.history;
  return (
    <ol className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900/40">
      {items.map((group) => {
        const latest = group.latest;
        const total = group.daily.reduce((sum, n) => sum + n, 0);
        return (
          <li key={group.fingerprint} data-testid="group-row" data-fingerprint={group.fingerprint} data-count={group.count} data-latest-id={latest.id}>
            <div className="relative flex items-start gap-3 px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
              <div
                className="mt-0.5 w-14 shrink-0 rounded-lg bg-zinc-100 py-1 text-center text-sm font-semibold tabular-nums text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100"
                title={h.countTitle(group.count)}
                data-testid="group-count"
              >
                {h.count(group.count)}
              </div>
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
                  <StatusBadge status={latest.status} label={t.ticket.status[latest.status] ?? latest.status} />
                  <span className="rounded-full bg-brand-50 px-2 py-0.5 font-medium text-brand-700 dark:bg-brand-700/20 dark:text-brand-200" data-category={latest.category}>
                    {categoryLabel(latest.category, lang)}
                  </span>
                  {latest.provider ? <span className="font-mono">{latest.provider}</span> : null}
                  <span>{h.firstLast(formatShortDate(group.firstAt, lang), formatShortDate(group.lastAt, lang))}</span>
                </div>
                <Link href={`/history/g/${group.fingerprint}`} className="mt-1 block font-medium after:absolute after:inset-0">
                  <bdi>{showBidiControls(latest.title)}</bdi>
                </Link>
                <p className="mt-0.5 truncate font-mono text-[13px] text-zinc-600 dark:text-zinc-400">
                  <bdi>{showBidiControls(firstLine(latest.input))}</bdi>
                </p>
                {/* Phones: no room beside the row, so the latest diagnosis's link sits under it. */}
                <Link href={`/t/${latest.id}`} className="relative z-10 mt-1 inline-block text-xs font-medium text-brand-700 hover:underline sm:hidden dark:text-brand-400">
                  {h.latest} →
                </Link>
              </div>
              <div className="relative z-10 hidden shrink-0 flex-col items-end gap-1 sm:flex">
                <Sparkline values={group.daily} label={h.sparkline(group.daily.length, total)} />
                <Link href={`/t/${latest.id}`} className="text-xs font-medium text-brand-700 hover:underline dark:text-brand-400" data-testid="group-latest">
                  {h.latest} →
                </Link>
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
