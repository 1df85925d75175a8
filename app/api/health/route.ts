import { json } from "@/lib/http/json";
import { checkHealth } from "@/lib/tickets/service";

export function GET() {
  const health = checkHealth();
  return json(health, { status: health.ok ? 200 : 503 });
}
