import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { parseListQuery, type ParsedListQuery } from "@/lib/tickets/list-query";
import { historyProviders, listHistory } from "@/lib/tickets/service";
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
    parsed = parseListQuery(raw);
  } catch (error) {
    if (!isAppError(error)) throw error;
    problem = error.message;
  }
  const page = parsed ? listHistory(parsed) : { items: [], nextCursor: null };
  const isFiltered = Boolean(parsed && (parsed.query.q || Object.values(parsed.filters).some(Boolean)));

  const nextHref = page.nextCursor ? `/history?${withCursor(raw, page.nextCursor)}` : null;
  return (
    <main className="mx-auto max-w-4xl px-4 pt-8 pb-16">
      <h1 className="text-2xl font-semibold tracking-tight">{t.heading}</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t.intro}</p>
      <div className="mt-6">
        <HistoryFilters query={parsed?.query ?? {}} providers={historyProviders()} lang={lang} />
      </div>
      <div className="mt-6">
        {problem ? (
          <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-200">
            {problem}
          </p>
        ) : page.items.length === 0 ? (
          <p className="rounded-xl border border-dashed border-zinc-300 px-4 py-10 text-center text-zinc-500 dark:border-zinc-700">
            {isFiltered ? t.noMatches : t.empty}
          </p>
        ) : (
          <HistoryList items={page.items} lang={lang} query={parsed?.query.q ?? ""} />
        )}
      </div>
      <nav aria-label="Pagination" className="mt-4 flex justify-between text-sm">
        {parsed?.cursor ? (
          <Link href={`/history?${withCursor(raw, null)}`} className="text-brand-700 hover:underline dark:text-brand-400">
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

function withCursor(raw: Record<string, string | string[] | undefined>, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (key !== "cursor" && first) params.set(key, first);
  }
  if (cursor) params.set("cursor", cursor);
  return params.toString();
}
