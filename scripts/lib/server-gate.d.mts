/** See server-gate.mjs. */
export const PEER_HEADER: "x-errdoc-peer";
export const PEER_MARKER: unique symbol;
export function methodRejection(
  method: string | undefined,
  url: string | undefined,
): { status: 405; headers: Record<string, string>; body: string } | null;
export function clientErrorResponse(error: { code?: string; rawPacket?: Buffer }): string;
