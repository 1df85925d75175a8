import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
  const { best, solutionVotes } = await groupPageData(fingerprint);
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
