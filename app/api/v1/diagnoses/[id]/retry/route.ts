import { cookies } from "next/headers";
import { clientKeyFrom } from "@/lib/http/client-key";
import { json, jsonError, methodNotAllowed } from "@/lib/http/json";
import { bearerTokenOf, ownerTokenFor } from "@/lib/http/owner-cookies";
import { assertNotCrossSite } from "@/lib/http/same-origin";
import { retryDiagnosis } from "@/lib/tickets/service";

export async function POST(request: Request, { params }: RouteContext<"/api/v1/diagnoses/[id]/retry">) {
  try {
    assertNotCrossSite(request.headers);
    const { id } = await params;
    const ownerToken = bearerTokenOf(request.headers) ?? ownerTokenFor(await cookies(), id);
    const ticket = await retryDiagnosis({ id, ownerToken, clientKey: clientKeyFrom(request.headers) });
    return json({ id: ticket.id, status: ticket.status }, { status: 202 });
  } catch (error) {
    return jsonError(error);
  }
}

const notAllowed = methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
