import type { Ticket } from "@/lib/db/schema";

export function ticketUrl(origin: string, id: string): string {
  return `${origin}/t/${id}`;
}

/** POST /api/v1/diagnoses → 201 (DESIGN.md). */
export function toCreatedBody(ticket: Ticket, ownerToken: string, origin: string) {
  return {
    id: ticket.id,
    url: ticketUrl(origin, ticket.id),
    status: ticket.status,
    category: ticket.category,
    createdAt: ticket.createdAt.toISOString(),
    ownerToken,
  };
}

/** GET /api/v1/diagnoses/{id} → the whole ticket (DESIGN.md); secrets and internals stay out. */
export function toTicketBody(ticket: Ticket, origin: string) {
  return {
    id: ticket.id,
    url: ticketUrl(origin, ticket.id),
    status: ticket.status,
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    visibility: ticket.visibility,
    input: ticket.input,
    context: ticket.context,
    classification: ticket.classification,
    report: ticket.report,
    error: ticket.status === "failed" ? ticket.error : null,
  };
}

/** One row of GET /api/v1/diagnoses: enough to list and link, not the whole report. */
export function toListItem(ticket: Ticket, origin: string) {
  return {
    id: ticket.id,
    url: ticketUrl(origin, ticket.id),
    status: ticket.status,
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    category: ticket.category,
    provider: ticket.provider,
    httpStatus: ticket.httpStatus,
    title: ticket.title,
    language: ticket.language,
    fingerprint: ticket.fingerprint,
    firstLine: firstLine(ticket.input),
    source: ticket.reportSource,
  };
}

const PYTHON_TRACEBACK_HEADER = /^Traceback \(most recent call last\):\s*$/;

/**
 * The line a list shows for a paste: its first line, except that a Python traceback's header
 * says nothing, so its exception line (the last unindented one) stands in for it.
 */
export function firstLine(text: string, max = 200): string {
  const lines = text.split("\n").filter((l) => l.trim());
  let line = lines[0] ?? "";
  if (PYTHON_TRACEBACK_HEADER.test(line)) {
    line = lines.findLast((l) => /^\S/.test(l) && !PYTHON_TRACEBACK_HEADER.test(l)) ?? line;
  }
  const trimmed = line.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}
