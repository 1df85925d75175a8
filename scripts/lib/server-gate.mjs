// What scripts/serve.mjs does to each request before Next sees it. Plain JS: it runs before
// any bundle exists, in the process that owns the sockets.

/**
 * The socket's peer address, for lib/http/client-key.ts. Only this server writes it: any copy a
 * client sends is overwritten, and the app believes it only when this server marked the process
 * (PEER_MARKER), so `next start` without this wrapper cannot be fooled by a forged header.
 */
export const PEER_HEADER = "x-errdoc-peer";
export const PEER_MARKER = Symbol.for("errdoc.peerHeader");

// Route handlers under /api answer the standard methods themselves (405 in the JSON shape for
// the ones a route lacks; OPTIONS is Next's own). Pages and files take GET/HEAD, and POST for
// server actions. Anything else would reach Next, which answers TRACE with a 500 (undici refuses
// to build a Request for it) and other methods with an empty 400 or even a rendered page.
const API_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const PAGE_METHODS = ["GET", "HEAD", "POST"];

/** @param {string} url */
function isApiPath(url) {
  return /^\/api(?:[/?#]|$)/.test(url);
}

/**
 * The 405 for a method the path does not take, or null to let Next handle the request.
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @returns {{ status: 405, headers: Record<string, string>, body: string } | null}
 */
export function methodRejection(method, url) {
  const isApi = isApiPath(url ?? "/");
  const allowed = isApi ? API_METHODS : PAGE_METHODS;
  if (method && allowed.includes(method)) return null;
  const shown = /^[A-Za-z-]{1,32}$/.test(method ?? "") ? method : "This method";
  const message = `${shown} is not supported here; use ${allowed.join(", ")}.`;
  const body = isApi ? JSON.stringify({ error: { code: "method_not_allowed", message } }) : `${message}\n`;
  return {
    status: 405,
    headers: {
      allow: allowed.join(", "),
      "content-type": isApi ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
      "content-length": String(Buffer.byteLength(body)),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
    body,
  };
}

/**
 * The raw response for a request Node's parser refused before any handler ran. A method the
 * parser does not know (e.g. `FOO`) is a 405 like any other unsupported method; the rest keep
 * Node's own answers (431 for huge headers, 408 for a timeout, else 400).
 * @param {{ code?: string; rawPacket?: Buffer }} error
 * @returns {string}
 */
export function clientErrorResponse(error) {
  if (error.code === "HPE_INVALID_METHOD") {
    const firstLine = (error.rawPacket ?? Buffer.alloc(0)).subarray(0, 2048).toString("latin1").split("\r\n")[0] ?? "";
    const [method, target] = firstLine.split(" ");
    const rejection = methodRejection(method, target && target.startsWith("/") ? target : "/");
    if (rejection) return rawResponse(rejection.status, "Method Not Allowed", rejection.headers, rejection.body);
  }
  if (error.code === "HPE_HEADER_OVERFLOW") return rawResponse(431, "Request Header Fields Too Large", {}, "");
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return rawResponse(408, "Request Timeout", {}, "");
  return rawResponse(400, "Bad Request", {}, "");
}

/**
 * @param {number} status
 * @param {string} reason
 * @param {Record<string, string>} headers
 * @param {string} body
 */
function rawResponse(status, reason, headers, body) {
  const lines = [`HTTP/1.1 ${status} ${reason}`, "connection: close"];
  for (const [name, value] of Object.entries({ ...headers, "content-length": String(Buffer.byteLength(body)) })) lines.push(`${name}: ${value}`);
  return `${lines.join("\r\n")}\r\n\r\n${body}`;
}
