import { json, jsonError, methodNotAllowed } from "@/lib/http/json";
import { bearerTokenOf } from "@/lib/http/owner-cookies";
import { originOf } from "@/lib/http/request-info";
import { toTicketBody } from "@/lib/tickets/present";
import { deleteDiagnosis, requireTicket } from "@/lib/tickets/service";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/diagnoses/[id]">) {
  try {
    const { id } = await params;
    return json(toTicketBody(await requireTicket(id), originOf(request)));
  } catch (error) {
    return jsonError(error);
  }
}

export async function DELETE(request: Request, { params }: RouteContext<"/api/v1/diagnoses/[id]">) {
  try {
    const { id } = await params;
    await deleteDiagnosis({ id, ownerToken: bearerTokenOf(request.headers) });
    return new Response(null, { status: 204 });
  } catch (error) {
    return jsonError(error);
  }
}

const notAllowed = methodNotAllowed(["GET", "DELETE"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH };
