// Serves the production build (`next build`) through Next's custom-server API instead of
// `next start`, because only the process that owns the socket knows who is connected: Next
// passes a client's own X-Forwarded-For through untouched, so the rate limit needs the peer
// address from here (see server-gate.mjs and lib/http/client-key.ts).
//
// Usage: node scripts/serve.mjs [-p PORT] [-H HOSTNAME]   (PORT defaults to $PORT, then 3000)
import http from "node:http";
import path from "node:path";
import { clientErrorResponse, methodRejection, PEER_HEADER, PEER_MARKER } from "./lib/server-gate.mjs";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (...names) => {
  const index = args.findIndex((arg) => names.includes(arg));
  return index >= 0 ? args[index + 1] : undefined;
};
const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname");
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`errdoc: invalid port ${JSON.stringify(option("-p", "--port") ?? process.env.PORT)}: use a number from 0 to 65535`);
  process.exit(1);
}

// Next reads these while loading; set before importing it.
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
globalThis[PEER_MARKER] = true;

const { default: next } = await import("next");
const app = next({ dev: false, dir: root, hostname: hostname ?? "localhost", port });
// Runs instrumentation.ts (environment, database checks): a bad setup exits before listening.
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  const rejection = methodRejection(req.method, req.url);
  if (rejection) {
    res.writeHead(rejection.status, rejection.headers);
    res.end(rejection.body);
    return;
  }
  // Overwrites whatever the client sent under this name.
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  handle(req, res).catch((error) => {
    console.error("errdoc: unhandled error", error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal Server Error\n");
  });
});
// Idle keep-alive sockets stay open longer than a reverse proxy keeps its upstream connections
// (nginx: 60 s), so the proxy never sends a request on a socket errdoc is closing at that
// instant (Node's default of 5 s makes that a 502 behind nginx, an ECONNRESET for a client).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.on("clientError", (error, socket) => {
  if (error.code === "ECONNRESET" || !socket.writable) return socket.destroy();
  socket.end(clientErrorResponse(error));
});
// CONNECT never reaches the request handler; without a listener Node just drops the socket.
server.on("connect", (req, socket) => {
  socket.end(clientErrorResponse({ code: "HPE_INVALID_METHOD", rawPacket: Buffer.from(`CONNECT ${req.url}\r\n`) }));
});
server.on("error", (error) => {
  console.error(`errdoc: cannot listen on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  const address = server.address();
  const shown = typeof address === "object" && address ? address.port : port;
  console.log(`errdoc: ready on http://${hostname ?? "localhost"}:${shown}`);
});

let isClosing = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (isClosing) return;
    isClosing = true;
    // Event streams never end on their own: give requests a moment, then close what is left.
    const force = setTimeout(() => server.closeAllConnections(), 5000);
    force.unref();
    server.close(() => {
      app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
  });
}
