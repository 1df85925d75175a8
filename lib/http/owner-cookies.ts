import { addOwnerToken, OWNED_IDS_COOKIE, OWNER_TOKENS_COOKIE, ownedIds, parseOwnerTokens, removeOwnerToken } from "@/lib/tickets/owner-cookie";

type CookieOptions = { httpOnly: boolean; sameSite: "lax"; path: string; maxAge: number; secure: boolean };
type CookieStore = {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: CookieOptions): unknown;
};

const YEAR = 60 * 60 * 24 * 365;

/** `isHttps`: the request came over HTTPS (see isHttpsRequest), so the token never travels in clear. */
function write(store: CookieStore, tokens: string, isHttps: boolean) {
  store.set(OWNER_TOKENS_COOKIE, tokens, { httpOnly: true, sameSite: "lax", path: "/", maxAge: YEAR, secure: isHttps });
  store.set(OWNED_IDS_COOKIE, ownedIds(tokens), { httpOnly: false, sameSite: "lax", path: "/", maxAge: YEAR, secure: isHttps });
}

export function rememberOwnership(store: CookieStore, { id, ownerToken, isHttps }: { id: string; ownerToken: string; isHttps: boolean }) {
  write(store, addOwnerToken(store.get(OWNER_TOKENS_COOKIE)?.value, id, ownerToken), isHttps);
}

export function forgetOwnership(store: CookieStore, { id, isHttps }: { id: string; isHttps: boolean }) {
  write(store, removeOwnerToken(store.get(OWNER_TOKENS_COOKIE)?.value, id), isHttps);
}

export function ownerTokenFor(store: CookieStore, id: string): string | null {
  return parseOwnerTokens(store.get(OWNER_TOKENS_COOKIE)?.value).get(id) ?? null;
}

/** The owner token sent as `Authorization: Bearer <ownerToken>`, if any. */
export function bearerTokenOf(headers: { get(name: string): string | null }): string | null {
  return /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "")?.[1] ?? null;
}
