/**
 * The browser keeps the owner tokens of the tickets it created in one httpOnly cookie
 * (`id.token` pairs, newest first, capped so the cookie stays small), plus a readable
 * list of the ids alone so a cached page can show its delete button without a round trip.
 */
export const OWNER_TOKENS_COOKIE = "errdoc_owner";
export const OWNED_IDS_COOKIE = "errdoc_owned";
const MAX_OWNED = 40;

export function parseOwnerTokens(value: string | undefined | null): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const pair of (value ?? "").split("~")) {
    const [id, token] = pair.split(".");
    if (id && token && /^[\w-]{1,64}$/.test(id) && /^[\w-]{1,80}$/.test(token)) tokens.set(id, token);
  }
  return tokens;
}

export function addOwnerToken(value: string | undefined | null, id: string, token: string): string {
  const tokens = parseOwnerTokens(value);
  tokens.delete(id);
  const pairs = [[id, token], ...tokens].slice(0, MAX_OWNED);
  return pairs.map(([i, t]) => `${i}.${t}`).join("~");
}

export function removeOwnerToken(value: string | undefined | null, id: string): string {
  const tokens = parseOwnerTokens(value);
  tokens.delete(id);
  return [...tokens].map(([i, t]) => `${i}.${t}`).join("~");
}

export function ownedIds(ownerTokens: string): string {
  return [...parseOwnerTokens(ownerTokens).keys()].join("~");
}

/** Whether this browser created ticket `id`, from `document.cookie` (the readable id list). */
export function isOwnedInCookies(documentCookie: string, id: string): boolean {
  const owned = documentCookie
    .split(/;\s*/)
    .find((cookie) => cookie.startsWith(`${OWNED_IDS_COOKIE}=`))
    ?.slice(OWNED_IDS_COOKIE.length + 1);
  try {
    return decodeURIComponent(owned ?? "").split("~").includes(id);
  } catch {
    return false;
  }
}
