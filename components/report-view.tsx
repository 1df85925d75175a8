import { messages } from "@/lib/i18n/messages";
import type { Report } from "@/lib/report/schema";
import { isInLanguage } from "@/lib/report/translate";
import { BasisNote } from "./basis-note";
import { CodeBlock } from "./code-block";
import { InlineText } from "./inline-text";
import { SolutionVoteButton } from "./solution-vote-button";

/** "This fixed it" buttons, and the order the error's group voted the solutions into (1-based numbers). */
export type SolutionVoting = {
  ticketId: string;
  order: number[];
  vote: (ticketId: string, solution: number) => Promise<{ ok: boolean }>;
};

/**
 * The structured report: 错误翻译, 原因分析, 解决方案, 预防措施, 推荐工具 — like the seeds, but cleaner.
 * Headings follow the report's language, so they match the text beneath them whatever the UI language.
 */
export function ReportView({ report, voting }: { report: Report; voting?: SolutionVoting }) {
  const lang = report.language;
  const t = messages(lang).ticket;
  const s = t.sections;
  return (
    <div className="space-y-8">
      <BasisNote report={report} />
      {report.translation ? (
        <Section id="translation" icon="🌐" title={s.translation}>
          <dl className="grid gap-2 text-[15px] leading-7">
            <div className="rounded-lg bg-zinc-100 px-3 py-2 dark:bg-zinc-900">
              <dt className="text-xs font-medium text-zinc-500">{s.original}</dt>
              <dd className="font-mono text-[13px] break-words">{report.translation.original}</dd>
            </div>
            <div className="rounded-lg bg-brand-50 px-3 py-2 dark:bg-brand-700/15">
              <dt className="text-xs font-medium text-zinc-500">{isInLanguage(report.translation.original, lang) ? s.restated : s.translated}</dt>
              <dd className="break-words">{report.translation.translated}</dd>
            </div>
          </dl>
        </Section>
      ) : null}

      <Section id="causes" icon="🔍" title={s.causes}>
        <p className="text-[15px] leading-7">
          <InlineText text={report.causes.summary} />
        </p>
        {report.causes.items.length > 0 ? (
          <ul className="mt-3 list-disc space-y-1.5 pl-6 text-[15px] leading-7 marker:text-zinc-400">
            {report.causes.items.map((item, i) => (
              <li key={i}>
                <InlineText text={item} />
              </li>
            ))}
          </ul>
        ) : null}
      </Section>

      <Section id="solutions" icon="🛠️" title={s.solutions}>
        <ol className="space-y-5">
          {(voting?.order ?? report.solutions.map((_, i) => i + 1)).map((n) => [n - 1, report.solutions[n - 1]!] as const).filter(([, solution]) => solution).map(([i, solution]) => (
            <li key={i} data-testid="solution" data-solution={i + 1} className="rounded-xl border border-zinc-200 bg-white p-4 shadow-xs dark:border-zinc-800 dark:bg-zinc-900/40">
              <h3 className="font-semibold">
                <span className="text-brand-600 dark:text-brand-400">{s.solution(i + 1)}</span>
                {lang === "zh" ? "：" : ": "}
                <InlineText text={solution.title} />
              </h3>
              {solution.steps.length > 0 ? (
                <ol className="mt-2 list-decimal space-y-1 pl-6 text-[15px] leading-7 marker:text-zinc-400">
                  {solution.steps.map((step, j) => (
                    <li key={j}>
                      <InlineText text={step} />
                    </li>
                  ))}
                </ol>
              ) : null}
              {solution.code ? (
                <CodeBlock
                  code={solution.code.content}
                  language={solution.code.language}
                  copyLabel={t.copyCode}
                  copiedLabel={t.copied}
                />
              ) : null}
              {voting ? (
                <div className="mt-3">
                  <SolutionVoteButton ticketId={voting.ticketId} solution={i + 1} label={t.fixedIt} thanks={t.fixedItThanks} vote={voting.vote} />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </Section>

      {report.prevention.length > 0 ? (
        <Section id="prevention" icon="🛡️" title={s.prevention}>
          <BulletList items={report.prevention} />
        </Section>
      ) : null}

      {report.tools.length > 0 ? (
        <Section id="tools" icon="🧰" title={s.tools}>
          <BulletList items={report.tools} />
        </Section>
      ) : null}
    </div>
  );
}

function Section({ id, icon, title, children }: { id: string; icon: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`section-${id}`}>
      <h2 id={`section-${id}`} className="mb-3 flex items-center gap-2 text-lg font-semibold">
        <span aria-hidden="true">{icon}</span>
        {title}
      </h2>
      {children}
    </section>
  );
}

function BulletList({ items }: { items: string[] }) {
  return (
    <ul className="list-disc space-y-1.5 pl-6 text-[15px] leading-7 marker:text-zinc-400">
      {items.map((item, i) => (
        <li key={i}>
          <InlineText text={item} />
        </li>
      ))}
    </ul>
  );
}
