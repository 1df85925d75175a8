import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { perDayRows } from "@/lib/db/stats-shape";
import { isLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { categoryLabel } from "@/lib/report";
import { showBidiControls } from "@/lib/render/bidi";
import { STATS_DAYS, statsPageData } from "@/lib/tickets/service";
import { HorizontalBars, PerDayChart } from "./_components/stats-charts";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[lang]/stats">): Promise<Metadata> {
  const { lang } = await params;
  return { title: messages(isLocale(lang) ? lang : "en").stats.heading };
}

export default async function StatsPage({ params }: PageProps<"/[lang]/stats">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = messages(lang);
  const s = t.stats;
  const { stats, since, fixRates } = await statsPageData();
  const { rows, families } = perDayRows(stats.perDay, since, STATS_DAYS);
  const failureRate = stats.llm.attempted > 0 ? Math.round((stats.llm.failed / stats.llm.attempted) * 100) : null;
  const feedbackTotal = stats.feedback.up + stats.feedback.down;
  const sourceCount = (source: string) => stats.sources.find((x) => x.source === source)?.count ?? 0;

  return (
    <main className="mx-auto max-w-5xl px-4 pt-8 pb-16">
      <h1 className="text-2xl font-semibold tracking-tight">{s.heading}</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{s.intro}</p>

      <div className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Tile label={s.total} value={String(stats.total)} testId="stat-total" />
        <Tile
          label={s.sources}
          value={`${sourceCount("rules")} / ${sourceCount("llm")} / ${sourceCount("cache")}`}
          hint="rules / LLM / cache"
        />
        <Tile label={s.failureRate} value={failureRate === null ? "—" : `${failureRate}%`} hint={`${stats.llm.failed} / ${stats.llm.attempted}`} />
        <Tile
          label={s.feedback}
          value={feedbackTotal ? `${Math.round((stats.feedback.up / feedbackTotal) * 100)}% 👍` : "—"}
          hint={`${stats.feedback.up} ${s.helpful} · ${stats.feedback.down} ${s.notHelpful}`}
        />
      </div>

      <Card title={s.perDay}>
        {stats.total === 0 ? <Empty text={s.none} /> : <PerDayChart rows={rows} families={families} label={s.perDay} />}
      </Card>

      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <Card title={s.providers}>
          {stats.providers.length === 0 ? (
            <Empty text={s.none} />
          ) : (
            <HorizontalBars data={stats.providers.map((p) => ({ name: p.provider, count: p.count }))} label={s.providers} />
          )}
        </Card>
        <Card title={s.fixRate}>
          {fixRates.length === 0 ? (
            <Empty text={s.none} />
          ) : (
            <>
              <p className="mb-3 text-xs text-zinc-500">{s.fixRateHint}</p>
              <ol className="space-y-2 text-sm" data-testid="fix-rates">
                {fixRates.map((r) => (
                  <li key={r.category} className="flex items-center gap-3" data-category={r.category}>
                    <span className="w-12 shrink-0 text-right font-mono font-semibold text-emerald-700 dark:text-emerald-400">
                      {Math.round((r.fixed / r.voters) * 100)}%
                    </span>
                    <span className="min-w-0 flex-1 truncate">{categoryLabel(r.category as never, lang)}</span>
                    <span className="shrink-0 text-xs text-zinc-500">{s.fixRateOf(r.fixed, r.voters)}</span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </Card>
        <Card title={s.recurring}>
          {stats.recurring.length === 0 ? (
            <Empty text={s.none} />
          ) : (
            <ol className="space-y-2 text-sm">
              {stats.recurring.map((r) => (
                <li key={r.fingerprint} className="flex items-center gap-3">
                  <span className="w-10 shrink-0 text-right font-mono font-semibold text-brand-700 dark:text-brand-400">{r.count}×</span>
                  <Link href={`/history/g/${r.fingerprint}`} className="min-w-0 flex-1 truncate hover:underline" title={showBidiControls(r.title)}>
                    <bdi>{showBidiControls(r.title)}</bdi>
                  </Link>
                  <span className="hidden shrink-0 text-xs text-zinc-500 sm:inline">{categoryLabel(r.category as never, lang)}</span>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
    </main>
  );
}

function Tile({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900/40">
      <p className="text-xs text-zinc-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </p>
      {hint ? <p className="mt-0.5 text-xs text-zinc-500">{hint}</p> : null}
    </div>
  );
}

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mt-6 min-w-0 rounded-xl border border-zinc-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900/40">
      <h2 className="mb-3 text-sm font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Empty({ text }: { text: string }) {
  return <p className="py-8 text-center text-sm text-zinc-500">{text}</p>;
}
