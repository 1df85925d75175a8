import { env } from "@/lib/env";
import { clientKeyOf, isTrustedPeer, normalizeAddress, resolveClientAddress, type TrustProxy } from "./trust-proxy";

export type HeaderReader = { get(name: string): string | null };

// Written by scripts/serve.mjs (server-gate.mjs) from the socket, over anything the client sent.
export const PEER_HEADER = "x-errdoc-peer";
const PEER_MARKER = Symbol.for("errdoc.peerHeader");

/** Key for clients whose address is unknown: they share one rate-limit bucket (fails closed). */
export const UNKNOWN_CLIENT = "unknown";

let hasWarnedNoPeer = false;

/**
 * The socket's peer address, or null when this process was not started by scripts/serve.mjs
 * (`next dev`, a bare `next start`): then nobody overwrote the header, and a client could have
 * sent it, so it is not believed.
 */
export function peerAddressOf(headers: HeaderReader): string | null {
  if ((globalThis as Record<symbol, unknown>)[PEER_MARKER] !== true) return null;
  return normalizeAddress(headers.get(PEER_HEADER))?.address ?? null;
}

/** The client's address: the socket peer, or what a proxy named in TRUST_PROXY forwarded. */
export function clientAddressFrom(headers: HeaderReader, trust: TrustProxy = env().trustProxy): string | null {
  const peer = peerAddressOf(headers);
  return peer ? resolveClientAddress({ peer, forwardedFor: headers.get("x-forwarded-for"), trust }) : null;
}

/** Who a request counts as, for the rate limit and for votes: an IPv4 address or an IPv6 /64. */
export function clientKeyFrom(headers: HeaderReader, trust: TrustProxy = env().trustProxy): string {
  const address = clientAddressFrom(headers, trust);
  if (address) return clientKeyOf(address);
  if (!hasWarnedNoPeer) {
    hasWarnedNoPeer = true;
    console.warn("errdoc: not started by scripts/serve.mjs (npm start), so client addresses are unknown and all clients share one rate limit");
  }
  return UNKNOWN_CLIENT;
}

/** Whether the X-Forwarded-Proto/Host headers came from a proxy named in TRUST_PROXY. */
export function hasTrustedProxy(headers: HeaderReader, trust: TrustProxy = env().trustProxy): boolean {
  const peer = peerAddressOf(headers);
  return peer !== null && isTrustedPeer(trust, peer);
}

/** The first value of a forwarded header (the one the outermost trusted proxy wrote). */
export function firstForwarded(headers: HeaderReader, name: string): string | null {
  return headers.get(name)?.split(",")[0]?.trim() || null;
}
