import { basisText } from "@/lib/report/basis";
import type { Report, ReportBasis } from "@/lib/report/schema";
import { cn } from "@/lib/render/cn";
import { InlineText } from "./inline-text";

const basisStyle: Record<ReportBasis, string> = {
  known_error: "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-100",
  message_fix: "border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100",
  category: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100",
  unknown: "border-zinc-300 bg-zinc-50 text-zinc-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200",
};

/** What the diagnosis rests on, in words, with the pages a known error's facts come from. */
export function BasisNote({ report }: { report: Report }) {
  // Reports saved before `basis` existed are category reports.
  const basis = report.basis ?? "category";
  const docs = report.knownError?.docs ?? [];
  return (
    <aside aria-label={report.language === "zh" ? "诊断依据" : "Basis of this diagnosis"} data-basis={basis} className={cn("rounded-lg border px-3 py-2 text-sm leading-6", basisStyle[basis])}>
      <p>
        <InlineText text={basisText(basis, report.knownError ?? null, report.language)} />
      </p>
      {docs.length > 0 ? (
        <ul className="mt-1 space-y-0.5">
          {docs.map((d) => (
            <li key={d} className="break-all">
              <a href={d} rel="noopener noreferrer nofollow" target="_blank" className="underline underline-offset-2">
                {d}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </aside>
  );
}
