import { jsonError, methodNotAllowed } from "@/lib/http/json";
import { ticketEventStream } from "@/lib/tickets/events";
import { requireTicket } from "@/lib/tickets/service";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/diagnoses/[id]/events">) {
  try {
    const { id } = await params;
    const ticket = await requireTicket(id);
    return new Response(ticketEventStream(ticket, request.signal), {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      },
    });
  } catch (error) {
    return jsonError(error);
  }
}

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
