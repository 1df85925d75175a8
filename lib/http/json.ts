import { AppError, isAppError } from "@/lib/errors";

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  headers.set("cache-control", headers.get("cache-control") ?? "no-store");
  return new Response(JSON.stringify(body), { ...init, headers });
}

/** Every API error has one shape: `{ error: { code, message } }`; unexpected ones never leak details. */
export function jsonError(error: unknown): Response {
  if (isAppError(error)) {
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds !== null) headers["retry-after"] = String(error.retryAfterSeconds);
    const details = Object.keys(error.fieldErrors).length > 0 ? { fields: error.fieldErrors } : {};
    return json({ error: { code: error.code, message: error.message, ...details } }, { status: error.status, headers });
  }
  console.error("errdoc: unexpected error in API route", error);
  return json({ error: { code: "internal", message: "Something went wrong on the server, so the request may not have been carried out: try again." } }, { status: 500 });
}

export function isJsonContentType(value: string | null): boolean {
  return /^application\/([\w.+-]+\+)?json\b/i.test((value ?? "").trim());
}

/** Reads a JSON body without buffering more than `maxBytes`: big bodies are refused while streaming. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    throw new AppError("unsupported_media_type", "Send the request body as JSON with Content-Type: application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) throw new AppError("invalid_json", "The request body is empty: send a JSON object such as {\"text\": \"…\"}.");

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = Buffer.concat(chunks);
  // Not fatal: Windows consoles print GBK; invalid bytes become U+FFFD and the rest is still diagnosed.
  const text = new TextDecoder("utf-8").decode(bytes);
  if (!text.trim()) throw new AppError("invalid_json", "The request body is empty: send a JSON object such as {\"text\": \"…\"}.");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError("invalid_json", `The request body is not valid JSON (${(error as Error).message}).`);
  }
}

function tooLarge(maxBytes: number) {
  return new AppError("payload_too_large", `The request body is larger than ${Math.floor(maxBytes / 1024)} KiB.`);
}

/**
 * A route handler for the methods a route does not support: a JSON 405 with `Allow`, in the one
 * error shape, instead of Next's empty 405.
 */
export function methodNotAllowed(allowed: string[]) {
  return (request: Request): Response =>
    json(
      { error: { code: "method_not_allowed", message: `${request.method} is not supported here; use ${allowed.join(" or ")}.` } },
      { status: 405, headers: { allow: allowed.join(", ") } },
    );
}
