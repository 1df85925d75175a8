import Link from "next/link";
import { categories, type Language } from "@/lib/classifier/schema";
import { ticketStatuses } from "@/lib/db/schema";
import { messages } from "@/lib/i18n/messages";
import { categoryLabel } from "@/lib/report";
import type { ListQuery } from "@/lib/tickets/list-query";

const fieldClass =
  "rounded-lg border border-zinc-300 bg-white px-2.5 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";
// On a desktop the selects share what the dates and buttons leave, so the bar stays one row
// however long a category's name is; on a phone each control takes a full line.
const selectClass = `${fieldClass} w-full min-w-0 sm:w-auto sm:flex-1 sm:basis-0`;

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
  const activeCount = [query.category, query.status, query.provider, query.from, query.to].filter(Boolean).length;
  const active = activeCount > 0;
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
      {/* Phones: one "Filters" control (a checkbox styled as a button, no script needed) opens the
          filters; open from the start when some are set. Desktops: always shown, in one row. */}
      <input
        id="history-filters-toggle"
        type="checkbox"
        defaultChecked={active}
        className="peer sr-only"
        aria-controls="history-filters"
      />
      <label
        htmlFor="history-filters-toggle"
        className="inline-flex cursor-pointer items-center gap-1.5 rounded-lg border border-zinc-300 px-3 py-1.5 text-sm font-medium peer-checked:bg-zinc-100 peer-focus-visible:ring-4 peer-focus-visible:ring-brand-500/30 sm:hidden dark:border-zinc-700 dark:peer-checked:bg-zinc-800"
        data-testid="filters-toggle"
      >
        <span aria-hidden="true">⚙️</span>
        {h.filters}
        {active ? <span className="rounded-full bg-brand-600 px-1.5 text-xs text-white">{activeCount}</span> : null}
      </label>
      {/* min-w-0: a fieldset is at least as wide as its content by default, which let the row overflow. */}
      <fieldset id="history-filters" className="hidden min-w-0 flex-col gap-2 peer-checked:flex sm:flex sm:flex-row sm:flex-nowrap sm:items-center">
        <legend className="sr-only">{h.filters}</legend>
        <select name="category" aria-label={t.ticket.facts.category} defaultValue={query.category ?? ""} className={selectClass}>
          <option value="">{h.allCategories}</option>
          {categories.map((category) => (
            <option key={category} value={category}>
              {categoryLabel(category, lang)}
            </option>
          ))}
        </select>
        <select name="status" aria-label={t.ticket.statusLabel} defaultValue={query.status ?? ""} className={selectClass}>
          <option value="">{h.allStatuses}</option>
          {ticketStatuses.map((status) => (
            <option key={status} value={status}>
              {t.ticket.status[status]}
            </option>
          ))}
        </select>
        <select name="provider" aria-label={t.ticket.facts.provider} defaultValue={query.provider ?? ""} className={selectClass}>
          <option value="">{h.allProviders}</option>
          {providers.map((provider) => (
            <option key={provider} value={provider}>
              {provider}
            </option>
          ))}
        </select>
        <label className="flex shrink-0 items-center gap-1.5 text-sm whitespace-nowrap text-zinc-600 dark:text-zinc-400">
          <span className="w-10 sm:w-auto">{h.from}</span>
          <input type="date" name="from" defaultValue={query.from ?? ""} className={`${fieldClass} min-w-0 flex-1 sm:w-36 sm:flex-none`} />
        </label>
        <label className="flex shrink-0 items-center gap-1.5 text-sm whitespace-nowrap text-zinc-600 dark:text-zinc-400">
          <span className="w-10 sm:w-auto">{h.to}</span>
          <input type="date" name="to" defaultValue={query.to ?? ""} className={`${fieldClass} min-w-0 flex-1 sm:w-36 sm:flex-none`} />
        </label>
        <button type="submit" className={`${fieldClass} shrink-0 font-medium whitespace-nowrap hover:bg-zinc-50 dark:hover:bg-zinc-800`}>
          {h.apply}
        </button>
        <Link href="/history" className="shrink-0 px-2 py-1.5 text-sm whitespace-nowrap text-zinc-500 hover:text-zinc-900 dark:hover:text-zinc-100">
          {h.clear}
        </Link>
      </fieldset>
    </form>
  );
}
