import { originOf } from "@/lib/http/request-info";
import { json } from "@/lib/http/json";
import { ticketToMarkdown } from "@/lib/tickets/export-markdown";
import { findTicket } from "@/lib/tickets/service";

export async function GET(request: Request, { params }: RouteContext<"/t/[id]/report.md">) {
  const { id } = await params;
  const ticket = await findTicket(id);
  if (!ticket) return json({ error: { code: "not_found", message: "No diagnosis has this id." } }, { status: 404 });
  const markdown = ticketToMarkdown(ticket, `${originOf(request)}/t/${ticket.id}`);
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="errdoc-${ticket.id}.md"`,
      "cache-control": "no-store",
      ...(ticket.visibility === "unlisted" ? { "x-robots-tag": "noindex" } : {}),
    },
  });
}
