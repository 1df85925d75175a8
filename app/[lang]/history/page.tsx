import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { parseListQuery, type ParsedListQuery } from "@/lib/tickets/list-query";
import { historyProviders, listHistory, listHistoryGroups } from "@/lib/tickets/service";
import { SEARCH_GROUP_WINDOW } from "@/lib/db/groups";
import { GroupList } from "./_components/group-list";
import { HistoryFilters } from "./_components/history-filters";
import { HistoryList } from "./_components/history-list";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[lang]/history">): Promise<Metadata> {
  const { lang } = await params;
  return { title: messages(isLocale(lang) ? lang : "en").history.heading };
}

export default async function HistoryPage({ params, searchParams }: PageProps<"/[lang]/history">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = messages(lang).history;
  const raw = await searchParams;
  let parsed: ParsedListQuery | null = null;
  let problem: string | null = null;
  try {
    parsed = parseListQuery(raw, { groupedByDefault: true });
  } catch (error) {
    if (!isAppError(error)) throw error;
    problem = error.message;
  }
  const grouped = parsed ? parsed.grouped : raw.view !== "all";
  const groups = parsed?.grouped ? await listHistoryGroups(parsed) : null;
  const flat = parsed && !parsed.grouped ? await listHistory(parsed) : null;
  const page = { count: (groups ?? flat)?.items.length ?? 0, nextCursor: (groups ?? flat)?.nextCursor ?? null };
  const isFiltered = Boolean(parsed && (parsed.query.q || Object.values(parsed.filters).some(Boolean)));

  const nextHref = page.nextCursor ? `/history?${withParams(raw, { cursor: page.nextCursor })}` : null;
  return (
    <main className="mx-auto max-w-5xl px-4 pt-8 pb-16">
      <h1 className="text-2xl font-semibold tracking-tight">{t.heading}</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{grouped ? t.groupsIntro : t.intro}</p>
      <div className="mt-6">
        <HistoryFilters query={parsed?.query ?? {}} providers={await historyProviders()} lang={lang} view={grouped ? "groups" : "all"} />
      </div>
      <nav aria-label={t.viewLabel} className="mt-4 inline-flex rounded-lg border border-zinc-300 p-0.5 text-sm dark:border-zinc-700">
        {(["groups", "all"] as const).map((view) => {
          const current = (view === "groups") === grouped;
          return (
            <Link
              key={view}
              href={`/history?${withParams(raw, { cursor: null, view: view === "all" ? "all" : null })}`}
              aria-current={current ? "page" : undefined}
              className={
                current
                  ? "rounded-md bg-zinc-900 px-3 py-1 font-medium text-white dark:bg-zinc-100 dark:text-zinc-900"
                  : "rounded-md px-3 py-1 text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
              }
            >
              {view === "groups" ? t.viewGroups : t.viewAll}
            </Link>
          );
        })}
      </nav>
      <div className="mt-4">
        {problem ? (
          <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-200">
            {problem}
          </p>
        ) : page.count === 0 ? (
          <p className="rounded-xl border border-dashed border-zinc-300 px-4 py-10 text-center text-zinc-500 dark:border-zinc-700">
            {isFiltered ? t.noMatches : t.empty}
          </p>
        ) : groups ? (
          <>
            {groups.partial ? (
              <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400" data-testid="groups-partial">
                {t.groupsPartial(SEARCH_GROUP_WINDOW)}
              </p>
            ) : null}
            <GroupList items={groups.items} lang={lang} />
          </>
        ) : flat ? (
          <HistoryList items={flat.items} lang={lang} query={parsed?.query.q ?? ""} />
        ) : null}
      </div>
      <nav aria-label="Pagination" className="mt-4 flex justify-between text-sm">
        {parsed?.cursor ? (
          <Link href={`/history?${withParams(raw, { cursor: null })}`} className="text-brand-700 hover:underline dark:text-brand-400">
            ← {t.first}
          </Link>
        ) : (
          <span />
        )}
        {nextHref ? (
          <Link href={nextHref} rel="next" className="font-medium text-brand-700 hover:underline dark:text-brand-400">
            {t.next} →
          </Link>
        ) : null}
      </nav>
    </main>
  );
}

/** The page's URL parameters with some replaced (null: removed). */
function withParams(raw: Record<string, string | string[] | undefined>, changes: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (!(key in changes) && first) params.set(key, first);
  }
  for (const [key, value] of Object.entries(changes)) if (value) params.set(key, value);
  return params.toString();
}
