import { json, methodNotAllowed } from "@/lib/http/json";
import { checkHealth } from "@/lib/tickets/service";

export async function GET() {
  const health = await checkHealth();
  return json(health, { status: health.ok ? 200 : 503 });
}

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
