import Link from "next/link";
import { categories, type Language } from "@/lib/classifier/schema";
import { ticketStatuses } from "@/lib/db/schema";
import { messages } from "@/lib/i18n/messages";
import { categoryLabel } from "@/lib/report";
import type { ListQuery } from "@/lib/tickets/list-query";

const fieldClass =
  "rounded-lg border border-zinc-300 bg-white px-2.5 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** A plain GET form: the URL holds the whole state, so a filtered view can be shared. */
export function HistoryFilters({
  query,
  providers,
  lang,
  view,
}: {
  query: Partial<ListQuery>;
  providers: string[];
  lang: Language;
  view: "groups" | "all";
}) {
  const t = messages(lang);
  const h = t.history;
  return (
    <form method="get" action="/history" role="search" className="space-y-3">
      {/* A search or filter keeps the view it was made in. */}
      {view === "all" ? <input type="hidden" name="view" value="all" /> : null}
      <div className="flex gap-2">
        <label htmlFor="history-q" className="sr-only">
          {h.searchLabel}
        </label>
        <input
          id="history-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder={h.searchPlaceholder}
          className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm shadow-xs focus:border-brand-500 focus:ring-4 focus:ring-brand-500/15 focus:outline-none dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          {h.search}
        </button>
      </div>
      <fieldset className="flex flex-wrap items-end gap-2">
        <legend className="sr-only">{h.filters}</legend>
        <select name="category" aria-label={t.ticket.facts.category} defaultValue={query.category ?? ""} className={fieldClass}>
          <option value="">{h.allCategories}</option>
          {categories.map((category) => (
            <option key={category} value={category}>
              {categoryLabel(category, lang)}
            </option>
          ))}
        </select>
        <select name="status" aria-label={t.ticket.statusLabel} defaultValue={query.status ?? ""} className={fieldClass}>
          <option value="">{h.allStatuses}</option>
          {ticketStatuses.map((status) => (
            <option key={status} value={status}>
              {t.ticket.status[status]}
            </option>
          ))}
        </select>
        <select name="provider" aria-label={t.ticket.facts.provider} defaultValue={query.provider ?? ""} className={fieldClass}>
          <option value="">{h.allProviders}</option>
          {providers.map((provider) => (
            <option key={provider} value={provider}>
              {provider}
            </option>
          ))}
        </select>
        <label className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400">
          {h.from}
          <input type="date" name="from" defaultValue={query.from ?? ""} className={fieldClass} />
        </label>
        <label className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400">
          {h.to}
          <input type="date" name="to" defaultValue={query.to ?? ""} className={fieldClass} />
        </label>
        <button type="submit" className={`${fieldClass} font-medium hover:bg-zinc-50 dark:hover:bg-zinc-800`}>
          {h.apply}
        </button>
        <Link href="/history" className="px-2 py-1.5 text-sm text-zinc-500 hover:text-zinc-900 dark:hover:text-zinc-100">
          {h.clear}
        </Link>
      </fieldset>
    </form>
  );
}
