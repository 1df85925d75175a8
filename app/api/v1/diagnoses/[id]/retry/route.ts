import { json, jsonError, methodNotAllowed } from "@/lib/http/json";
import { retryDiagnosis } from "@/lib/tickets/service";

export async function POST(_request: Request, { params }: RouteContext<"/api/v1/diagnoses/[id]/retry">) {
  try {
    const { id } = await params;
    const ticket = retryDiagnosis(id);
    return json({ id: ticket.id, status: ticket.status }, { status: 202 });
  } catch (error) {
    return jsonError(error);
  }
}

const notAllowed = methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
