import { addOwnerToken, OWNED_IDS_COOKIE, OWNER_TOKENS_COOKIE, ownedIds, parseOwnerTokens, removeOwnerToken } from "@/lib/tickets/owner-cookie";

type CookieStore = {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: { httpOnly: boolean; sameSite: "lax"; path: string; maxAge: number; secure?: boolean }): unknown;
};

const YEAR = 60 * 60 * 24 * 365;

function write(store: CookieStore, tokens: string) {
  store.set(OWNER_TOKENS_COOKIE, tokens, { httpOnly: true, sameSite: "lax", path: "/", maxAge: YEAR });
  store.set(OWNED_IDS_COOKIE, ownedIds(tokens), { httpOnly: false, sameSite: "lax", path: "/", maxAge: YEAR });
}

export function rememberOwnership(store: CookieStore, id: string, ownerToken: string) {
  write(store, addOwnerToken(store.get(OWNER_TOKENS_COOKIE)?.value, id, ownerToken));
}

export function forgetOwnership(store: CookieStore, id: string) {
  write(store, removeOwnerToken(store.get(OWNER_TOKENS_COOKIE)?.value, id));
}

export function ownerTokenFor(store: CookieStore, id: string): string | null {
  return parseOwnerTokens(store.get(OWNER_TOKENS_COOKIE)?.value).get(id) ?? null;
}
