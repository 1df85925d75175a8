import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatShortDate, formatTicketTime } from "@/lib/i18n/format-time";
import { isLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { decodeCursor } from "@/lib/db/tickets";
import { showBidiControls, showBidiControlsIn } from "@/lib/render/bidi";
import { groupPageData, listHistory } from "@/lib/tickets/service";
import { Markdown } from "@/components/markdown";
import { ReportView } from "@/components/report-view";
import { orderSolutions, votedSolutions } from "@/lib/report/solution-order";
import { solutionVoteAction } from "../../../t/[id]/actions";
import { HistoryList } from "../../_components/history-list";
import { OccurrenceChart } from "../../_components/occurrence-chart";

const DAY_MS = 86_400_000;

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[lang]/history/g/[fingerprint]">): Promise<Metadata> {
  const { lang } = await params;
  return { title: messages(isLocale(lang) ? lang : "en").history.groupHeading };
}

/** Every listed occurrence of one error (one fingerprint), newest first. */
export default async function GroupPage({ params, searchParams }: PageProps<"/[lang]/history/g/[fingerprint]">) {
  const { lang, fingerprint } = await params;
  if (!isLocale(lang) || !/^[\w-]{1,64}$/.test(fingerprint)) notFound();
  const { cursor: rawCursor } = await searchParams;
  const cursor = typeof rawCursor === "string" ? decodeCursor(rawCursor) : null;
  const page = await listHistory({
    query: { limit: 50 },
    grouped: false,
    filters: { fingerprint },
    cursor: cursor?.kind === "time" ? cursor : null,
  });
  if (page.items.length === 0) notFound();
  const t = messages(lang);
  const first = page.items[0]!;
  const { overview, best, solutionVotes } = await groupPageData(fingerprint);
  const h = t.history;
  const firstDay = overview?.firstDay ?? 0;
  const chartDays = (overview?.daily ?? []).map((count, i) => {
    const day = formatShortDate(new Date((firstDay + i) * DAY_MS), lang, "UTC");
    return { day: String(firstDay + i), count, title: h.chartDay(day, count) };
  });
  const bestReport = best ? showBidiControlsIn(best).report : null;
  const fixes = bestReport ? votedSolutions(bestReport.solutions.length, solutionVotes.bySolution) : [];
  return (
    <main className="mx-auto max-w-4xl px-4 pt-8 pb-16">
      <p className="text-sm">
        <Link href="/history" className="text-brand-700 hover:underline dark:text-brand-400">
          ← {t.history.heading}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t.history.groupHeading}</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        <bdi>{showBidiControls(first.title)}</bdi>
        {first.group ? ` · ${t.ticket.seenTimes(first.group.count)}` : null}
      </p>
      {overview ? (
        <section aria-labelledby="overview-heading" data-testid="group-overview" className="mt-6 grid gap-5 rounded-xl border border-zinc-200 bg-white p-4 sm:grid-cols-3 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900/40">
          <div className="min-w-0 sm:col-span-2">
            <h2 id="overview-heading" className="text-sm font-semibold">{h.overTime}</h2>
            <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
              <div>
                <dt className="text-xs text-zinc-500 dark:text-zinc-400">{h.occurrences}</dt>
                <dd className="text-lg font-semibold tabular-nums" data-testid="overview-count">{overview.count}</dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-500 dark:text-zinc-400">{h.firstSeen}</dt>
                <dd data-testid="overview-first"><time dateTime={overview.firstAt.toISOString()}>{formatTicketTime(overview.firstAt, lang)}</time></dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-500 dark:text-zinc-400">{h.lastSeen}</dt>
                <dd data-testid="overview-last"><time dateTime={overview.lastAt.toISOString()}>{formatTicketTime(overview.lastAt, lang)}</time></dd>
              </div>
            </dl>
            <div className="mt-3">
              <OccurrenceChart
                days={chartDays}
                label={h.chartLabel(chartDays.length, overview.daily.reduce((a, b) => a + b, 0), Math.max(0, ...overview.daily))}
                startLabel={h.daysAgo(chartDays.length - 1)}
                endLabel={h.today}
              />
            </div>
          </div>
          <div className="grid min-w-0 grid-cols-2 content-start gap-4 sm:grid-cols-1">
            <div>
              <h2 className="text-sm font-semibold">{h.providersSeen}</h2>
              <ul className="mt-1 space-y-1 text-sm" data-testid="overview-providers">
                {overview.providers.map((p) => (
                  <li key={p.value ?? ""} className="flex items-baseline justify-between gap-2" data-value={p.value ?? ""} data-count={p.count}>
                    <span className={p.value ? "truncate font-mono" : "truncate text-zinc-500 dark:text-zinc-400"}>{p.value ?? h.noProvider}</span>
                    <span className="shrink-0 tabular-nums text-zinc-600 dark:text-zinc-400">{h.count(p.count)}</span>
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h2 className="text-sm font-semibold">{h.languagesSeen}</h2>
              <ul className="mt-1 space-y-1 text-sm" data-testid="overview-languages">
                {overview.languages.map((l) => (
                  <li key={l.value} className="flex items-baseline justify-between gap-2" data-value={l.value} data-count={l.count}>
                    <span>{h.languageNames[l.value] ?? l.value}</span>
                    <span className="shrink-0 tabular-nums text-zinc-600 dark:text-zinc-400">{h.count(l.count)}</span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="fixed-heading" className="mt-6 rounded-xl border border-emerald-200 bg-emerald-50/60 px-4 py-3 dark:border-emerald-900 dark:bg-emerald-950/30">
        <h2 id="fixed-heading" className="text-sm font-semibold">✅ {t.history.whatFixedIt}</h2>
        {fixes.length > 0 ? (
          <ul className="mt-1 space-y-0.5 text-sm" data-testid="fixed-it">
            {fixes.map(({ solution, people }) => (
              <li key={solution}>
                {t.history.fixedFor(t.ticket.sections.solution(solution), people, solutionVotes.voters)}
                {bestReport?.solutions[solution - 1] ? (
                  <span className="text-zinc-600 dark:text-zinc-400"> — {bestReport.solutions[solution - 1]!.title}</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t.history.noFixVotes}</p>
        )}
      </section>
      {best && bestReport ? (
        <section aria-labelledby="best-heading" className="mt-6 rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900/30">
          <h2 id="best-heading" className="mb-4 flex flex-wrap items-center gap-2 text-sm font-semibold text-zinc-500">
            <span>{t.history.bestReport}</span>
            <span aria-hidden="true">·</span>
            <span data-testid="best-source" data-source={bestReport.source}>{t.ticket.source[bestReport.source]}</span>
            <Link href={`/t/${best.id}`} className="ml-auto font-medium text-brand-700 hover:underline dark:text-brand-400" data-testid="best-link">
              {t.history.bestReportLink} →
            </Link>
          </h2>
          {bestReport.source === "rules" ? (
            <ReportView
              report={bestReport}
              voting={{ ticketId: best.id, order: orderSolutions(bestReport.solutions.length, solutionVotes.bySolution), vote: solutionVoteAction }}
            />
          ) : (
            <Markdown source={bestReport.markdown} copyLabel={t.ticket.copyCode} copiedLabel={t.ticket.copied} />
          )}
        </section>
      ) : null}
      <h2 className="mt-8 text-lg font-semibold">{t.history.occurrences}</h2>
      <div className="mt-3">
        <HistoryList items={page.items} lang={lang} query="" />
      </div>
      {page.nextCursor ? (
        <p className="mt-4 text-right text-sm">
          <Link href={`/history/g/${fingerprint}?cursor=${page.nextCursor}`} className="font-medium text-brand-700 hover:underline dark:text-brand-400">
            {t.history.next} →
          </Link>
        </p>
      ) : null}
    </main>
  );
}
