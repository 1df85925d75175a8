import type { Language } from "@/lib/classifier/schema";
import type { Ticket } from "@/lib/db/schema";
import { messages } from "@/lib/i18n/messages";
import { LiveReport } from "./live-report";
import { RetryButton } from "./retry-button";

/** The AI stage above the report: live text while it writes, the reason and a retry when it failed. */
export function LlmStage({ ticket, lang, isLlmConfigured }: { ticket: Ticket; lang: Language; isLlmConfigured: boolean }) {
  const t = messages(lang).ticket;
  if (ticket.status === "processing") return <LiveReport id={ticket.id} lang={lang} />;
  if (ticket.status === "failed") {
    return (
      <div role="alert" className="mt-6 rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-200">
        <p className="font-medium">{t.aiFailed}</p>
        {ticket.error ? (
          <p className="mt-1" data-testid="failure-reason">
            {ticket.error.message}
          </p>
        ) : null}
        {isLlmConfigured ? (
          <div className="mt-3">
            <RetryButton id={ticket.id} lang={lang} kind="retry" />
          </div>
        ) : null}
      </div>
    );
  }
  if (!isLlmConfigured) return null;
  return (
    <div className="mt-4">
      <RetryButton id={ticket.id} lang={lang} kind={ticket.reportSource === "rules" ? "retry" : "regenerate"} />
    </div>
  );
}
