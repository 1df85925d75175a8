import { BlockList, isIP } from "node:net";

export type IpFamily = "ipv4" | "ipv6";
export type IpRange = { family: IpFamily; network: string; prefix: number };

/**
 * Which reverse proxies may tell errdoc the client's address (TRUST_PROXY):
 * none (the default), the last `hops` hops, or the proxies whose addresses are in `ranges`.
 */
export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; ranges: IpRange[] };

// The names proxy-addr (Express) uses, so a setting copied from there means the same here.
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
  uniquelocal: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

/** An address in canonical form: IPv4-mapped IPv6 becomes IPv4, brackets, ports and zones go. */
export function normalizeAddress(raw: string | null | undefined): { address: string; family: IpFamily } | null {
  if (!raw) return null;
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%[\w.-]+$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1]!;
  const version = isIP(value);
  if (version === 4) return { address: value, family: "ipv4" };
  if (version === 6) return { address: value.toLowerCase(), family: "ipv6" };
  return null;
}

/** Parses TRUST_PROXY; throws an Error whose message says what is wrong (for the start-up line). */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? "";
  if (text === "") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 32) throw new Error("a hop count above 32 is not a real proxy chain");
    return hops === 0 ? { kind: "none" } : { kind: "hops", hops };
  }
  if (/^(true|yes|all|\*)$/i.test(text)) {
    throw new Error("trusting every sender would let any client choose its address: give a hop count (e.g. 1) or the proxies' addresses");
  }
  const ranges: IpRange[] = [];
  for (const entry of text.split(",").map((part) => part.trim())) {
    if (entry === "") throw new Error("an empty entry in the list");
    const named = NAMED_RANGES[entry.toLowerCase()];
    for (const item of named ?? [entry]) ranges.push(parseRange(item));
  }
  return { kind: "list", ranges };
}

function parseRange(entry: string): IpRange {
  const [addressPart = "", prefixPart, ...rest] = entry.split("/");
  // Only a bare address: no brackets, ports or zones in a setting.
  const address = isIP(addressPart) ? normalizeAddress(addressPart) : null;
  if (!address || rest.length > 0) {
    throw new Error(`"${entry}" is not an IP address, a CIDR range (10.0.0.0/8, fd00::/8), a hop count, or loopback/linklocal/uniquelocal`);
  }
  const max = address.family === "ipv4" ? 32 : 128;
  if (prefixPart === undefined) return { family: address.family, network: address.address, prefix: max };
  if (!/^\d{1,3}$/.test(prefixPart) || Number(prefixPart) > max) {
    throw new Error(`"${entry}" has a bad prefix length: use 0 to ${max}`);
  }
  return { family: address.family, network: address.address, prefix: Number(prefixPart) };
}

const blockLists = new WeakMap<TrustProxy, BlockList>();

function rangesOf(trust: Extract<TrustProxy, { kind: "list" }>): BlockList {
  let list = blockLists.get(trust);
  if (!list) {
    list = new BlockList();
    for (const range of trust.ranges) list.addSubnet(range.network, range.prefix, range.family);
    blockLists.set(trust, list);
  }
  return list;
}

/** Whether the hop at `index` (0 = our socket's peer, 1 = the address it forwarded, …) may be believed. */
function isTrustedHop(trust: TrustProxy, address: { address: string; family: IpFamily }, index: number): boolean {
  if (trust.kind === "none") return false;
  if (trust.kind === "hops") return index < trust.hops;
  return rangesOf(trust).check(address.address, address.family);
}

/** Whether the socket's peer is a proxy whose X-Forwarded-* headers are believed. */
export function isTrustedPeer(trust: TrustProxy, peer: string): boolean {
  const address = normalizeAddress(peer);
  return address !== null && isTrustedHop(trust, address, 0);
}

/**
 * The client's address: the socket peer, or, when the peer is a trusted proxy, the address
 * it forwarded (right to left through X-Forwarded-For while each hop is trusted). A hop that
 * is not an IP address ends the walk at the last trusted one, so the result is always an IP.
 */
export function resolveClientAddress({
  peer,
  forwardedFor,
  trust,
}: {
  peer: string;
  forwardedFor: string | null;
  trust: TrustProxy;
}): string | null {
  const first = normalizeAddress(peer);
  if (!first) return null;
  if (trust.kind === "none" || !forwardedFor) return first.address;
  const forwarded = forwardedFor.split(",").map((hop) => normalizeAddress(hop)).reverse();
  let current = first;
  for (let index = 0; index < forwarded.length && isTrustedHop(trust, current, index); index++) {
    const next = forwarded[index];
    if (!next) break;
    current = next;
  }
  return current.address;
}

/**
 * The rate-limit and vote identity of an address. One IPv6 host usually holds a whole /64,
 * so IPv6 clients are counted by that prefix.
 */
export function clientKeyOf(address: string): string {
  const normalized = normalizeAddress(address);
  if (!normalized) return address;
  if (normalized.family === "ipv4") return normalized.address;
  return `${expandIpv6(normalized.address).slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  let text = address;
  // An embedded IPv4 tail (::ffff:… is handled earlier; 64:ff9b::1.2.3.4 and the like here).
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array.from({ length: 8 - left.length - right.length }, () => "0");
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16).toString(16));
}
