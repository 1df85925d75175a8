import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { BasisNote } from "@/components/basis-note";
import { Markdown } from "@/components/markdown";
import { ReportView } from "@/components/report-view";
import { SolutionVoteButton } from "@/components/solution-vote-button";
import type { GroupSolutionVotes } from "@/lib/db/solution-votes";
import { orderSolutions } from "@/lib/report/solution-order";
import { InlineText } from "@/components/inline-text";
import { solutionVoteAction } from "../actions";
import { StatusBadge } from "@/components/status-badge";
import type { Language } from "@/lib/classifier/schema";
import type { Ticket } from "@/lib/db/schema";
import type { FingerprintGroup } from "@/lib/db/tickets";
import { formatTicketTime } from "@/lib/i18n/format-time";
import { messages } from "@/lib/i18n/messages";
import { describeRedactions } from "@/lib/redact";
import { showBidiControlsIn } from "@/lib/render/bidi";
import { categoryLabel } from "@/lib/report";
import { FactsList } from "./facts-list";
import { FeedbackButtons } from "./feedback-buttons";
import { LlmStage } from "./llm-stage";
import { SimilarList } from "./similar-list";
import { TicketActions } from "./ticket-actions";

type Props = {
  ticket: Ticket;
  lang: Language;
  similar: Ticket[];
  group: FingerprintGroup | null;
  solutionVotes: GroupSolutionVotes;
  isLlmConfigured: boolean;
};

export function TicketScreen({ ticket: storedTicket, lang, similar: storedSimilar, group, solutionVotes, isLlmConfigured }: Props) {
  // Bidi controls in the paste (and whatever quotes it) are shown as visible markers.
  const ticket = showBidiControlsIn(storedTicket);
  const similar = showBidiControlsIn(storedSimilar);
  const t = messages(lang).ticket;
  const report = ticket.report;
  const solutionOrder = orderSolutions(report.solutions.length, solutionVotes.bySolution);
  const reportT = messages(report.language).ticket;
  const redactionNote = ticket.redactions.length > 0 ? describeRedactions(ticket.redactions, lang) : null;
  return (
    <main className="mx-auto max-w-4xl px-4 pt-8 pb-16">
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-500">
          <LocalTime iso={ticket.createdAt.toISOString()} lang={lang} initial={formatTicketTime(ticket.createdAt, lang)} />
          <span aria-hidden="true">·</span>
          <span className="sr-only">{t.statusLabel}:</span>
          <StatusBadge status={ticket.status} label={t.status[ticket.status] ?? ticket.status} />
          <Link
            href={`/history?category=${encodeURIComponent(ticket.category)}`}
            className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-brand-200 ring-inset hover:bg-brand-100 dark:bg-brand-700/20 dark:text-brand-200 dark:ring-brand-700"
            data-testid="category"
            data-category={ticket.category}
          >
            {categoryLabel(ticket.category, lang)}
          </Link>
          {group && group.count > 1 ? (
            <Link href={`/history/g/${ticket.fingerprint}`} className="text-xs underline-offset-2 hover:underline">
              {t.seenTimes(group.count)}
            </Link>
          ) : null}
        </div>
        <h1 dir="auto" className="text-2xl font-semibold tracking-tight break-words sm:text-3xl">
          {ticket.title}
        </h1>
        {ticket.visibility === "unlisted" ? <p className="text-sm text-zinc-500">🔒 {t.unlisted}</p> : null}
      </header>

      <section aria-labelledby="pasted-error" className="mt-6">
        <h2 id="pasted-error" className="mb-2 flex items-center gap-2 text-sm font-semibold text-zinc-700 dark:text-zinc-300">
          <span aria-hidden="true">🚨</span> {t.pastedError}
        </h2>
        <pre
          dir="auto"
          data-testid="pasted-error"
          className="max-h-96 overflow-auto rounded-xl border border-red-200 bg-red-50/60 p-4 font-mono text-[13px] leading-relaxed break-words whitespace-pre-wrap text-zinc-800 dark:border-red-900/50 dark:bg-red-950/20 dark:text-zinc-200"
        >
          {ticket.input}
        </pre>
        {redactionNote ? (
          <p className="mt-2 text-xs text-zinc-500" data-testid="redaction-note">
            🔐 {t.redacted} {redactionNote}
          </p>
        ) : null}
        {ticket.context ? (
          <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
            <span className="font-medium">{t.context}:</span> <bdi>{ticket.context}</bdi>
          </p>
        ) : null}
      </section>

      <FactsList classification={ticket.classification} lang={lang} />

      <div className="mt-6">
        <TicketActions id={ticket.id} lang={lang} markdown={report.markdown} />
      </div>

      <LlmStage ticket={ticket} lang={lang} isLlmConfigured={isLlmConfigured} />

      <section aria-labelledby="report-heading" className="mt-8 rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900/30">
        <h2 id="report-heading" className="mb-6 flex flex-wrap items-center gap-2 text-sm font-semibold text-zinc-500">
          <span aria-hidden="true">🤖</span>
          <span data-testid="report-source" data-source={report.source}>
            {t.source[report.source]}
          </span>
        </h2>
        {report.source === "rules" ? (
          <ReportView report={report} voting={{ ticketId: ticket.id, order: solutionOrder, vote: solutionVoteAction }} />
        ) : (
          <div className="space-y-6">
            <BasisNote report={report} />
            <Markdown source={report.markdown} copyLabel={t.copyCode} copiedLabel={t.copied} />
            {report.solutions.length > 0 ? (
              // The AI report is Markdown; its solutions get their buttons here, in the group's order.
              <section aria-labelledby="fixed-it-heading" className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
                <h3 id="fixed-it-heading" className="text-sm font-semibold">{reportT.fixedItQuestion}</h3>
                <ol className="mt-2 space-y-2">
                  {solutionOrder.map((n) => (
                    <li key={n} data-testid="solution" data-solution={n} className="flex flex-wrap items-center gap-2 text-sm">
                      <span className="font-medium text-brand-600 dark:text-brand-400">{reportT.sections.solution(n)}</span>
                      <span className="min-w-0 flex-1">
                        <InlineText text={report.solutions[n - 1]!.title} />
                      </span>
                      <SolutionVoteButton ticketId={ticket.id} solution={n} label={reportT.fixedIt} thanks={reportT.fixedItThanks} vote={solutionVoteAction} />
                    </li>
                  ))}
                </ol>
              </section>
            ) : null}
          </div>
        )}
      </section>

      <div className="mt-8 space-y-8">
        <FeedbackButtons id={ticket.id} lang={lang} />
        <SimilarList tickets={similar} current={ticket} lang={lang} />
      </div>
    </main>
  );
}
