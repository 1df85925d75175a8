import type { Classification, Language } from "@/lib/classifier/schema";
import { messages } from "@/lib/i18n/messages";

export function FactsList({ classification: c, lang }: { classification: Classification; lang: Language }) {
  const f = messages(lang).ticket.facts;
  const facts: Array<[string, string, string | number | null]> = [
    ["httpStatus", f.httpStatus, c.httpStatus],
    ["provider", f.provider, c.provider],
    ["errorType", f.errorType, c.errorType],
    ["requestId", f.requestId, c.requestId],
    ["host", f.host, c.host],
    ["exception", f.exception, c.exception],
    ["ecosystem", f.ecosystem, c.ecosystem],
    ["confidence", f.confidence, `${Math.round(c.confidence * 100)}%`],
  ];
  return (
    <dl className="mt-5 grid grid-cols-2 gap-x-6 gap-y-3 rounded-xl border border-zinc-200 bg-white p-4 text-sm sm:grid-cols-4 dark:border-zinc-800 dark:bg-zinc-900/40">
      {facts
        .filter(([, , value]) => value !== null && value !== "")
        .map(([key, label, value]) => (
          <div key={key} className="min-w-0" data-fact={key}>
            <dt className="text-xs text-zinc-500">{label}</dt>
            <dd className="font-mono text-[13px] break-all">
              {value}
            </dd>
          </div>
        ))}
    </dl>
  );
}
