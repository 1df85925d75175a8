import { z } from "zod";
import { categorySchema } from "@/lib/classifier/schema";
import { ticketStatuses } from "@/lib/db/schema";
import { decodeCursor, type TicketCursor, type TicketFilters } from "@/lib/db/tickets";
import { AppError } from "@/lib/errors";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const day = z.preprocess(blankToUndefined, z.iso.date({ error: "use a date like 2026-01-31" }).optional());

/** History filters as they appear in the URL (page and API share them). */
export const listQuerySchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(200, "the search is too long (200 characters at most)").optional()),
  category: z.preprocess(blankToUndefined, categorySchema.optional()),
  status: z.preprocess(blankToUndefined, z.enum(ticketStatuses).optional()),
  provider: z.preprocess(blankToUndefined, z.string().trim().max(64).optional()),
  from: day,
  to: day,
  cursor: z.preprocess(blankToUndefined, z.string().max(512).optional()),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(20)),
  /** API: `group=1` lists one item per error group. */
  group: z.preprocess(blankToUndefined, z.enum(["0", "1"], { error: "use group=1 or group=0" }).optional()),
  /** Page: grouped by default, `view=all` for every diagnosis. */
  view: z.preprocess(blankToUndefined, z.enum(["groups", "all"], { error: "use view=groups or view=all" }).optional()),
});
export type ListQuery = z.output<typeof listQuerySchema>;

export type ParsedListQuery = {
  query: ListQuery;
  filters: TicketFilters;
  cursor: TicketCursor | null;
  /** One row per error group (fingerprint) rather than one per ticket. */
  grouped: boolean;
};

const DAY_MS = 86_400_000;

/**
 * `groupedByDefault`: the history page lists groups unless `view=all`; the API lists tickets
 * unless `group=1` (DESIGN.md).
 */
export function parseListQuery(
  searchParams: URLSearchParams | Record<string, string | string[] | undefined>,
  { groupedByDefault = false }: { groupedByDefault?: boolean } = {},
): ParsedListQuery {
  const raw =
    searchParams instanceof URLSearchParams
      ? Object.fromEntries(searchParams)
      : Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = listQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("invalid_input", `${String(issue.path[0] ?? "query")}: ${issue.message}`);
  }
  const query = parsed.data;
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !cursor) throw new AppError("invalid_input", "cursor: not a cursor from a previous page");
  const grouped = query.group ? query.group === "1" : query.view ? query.view === "groups" : groupedByDefault;
  const expected = grouped ? "group-time" : query.q ? "rank" : "time";
  if (cursor && cursor.kind !== expected) {
    throw new AppError("invalid_input", "cursor: it belongs to a different search or view");
  }
  return {
    query,
    cursor,
    grouped,
    filters: {
      category: query.category ?? null,
      status: query.status ?? null,
      provider: query.provider ?? null,
      from: query.from ? new Date(`${query.from}T00:00:00Z`) : null,
      // `to` is the last day included.
      to: query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS) : null,
    },
  };
}
