import { clientKeyFrom } from "@/lib/http/client-key";
import { json, jsonError, readJsonBody, methodNotAllowed } from "@/lib/http/json";
import { acceptLanguageOf, maxJsonBodyBytes, originOf } from "@/lib/http/request-info";
import { toCreatedBody } from "@/lib/tickets/present";
import { diagnose, listDiagnoses } from "@/lib/tickets/service";

export async function POST(request: Request) {
  try {
    const input = await readJsonBody(request, maxJsonBodyBytes());
    const { ticket, ownerToken } = await diagnose({
      input,
      clientKey: clientKeyFrom(request.headers),
      fallbackLanguage: acceptLanguageOf(request),
    });
    return json(toCreatedBody(ticket, ownerToken, originOf(request)), {
      status: 201,
      headers: { location: `/api/v1/diagnoses/${ticket.id}` },
    });
  } catch (error) {
    return jsonError(error);
  }
}

export async function GET(request: Request) {
  try {
    return json(await listDiagnoses({ searchParams: new URL(request.url).searchParams, origin: originOf(request) }));
  } catch (error) {
    return jsonError(error);
  }
}

const notAllowed = methodNotAllowed(["GET", "POST"]);
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
