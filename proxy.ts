import { NextResponse, type NextRequest } from "next/server";
import { pageCache, randomNonce } from "@/lib/cache/page-cache";
import { contentSecurityPolicy } from "@/lib/http/csp";
import { json } from "@/lib/http/json";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";
import { outagePage } from "@/lib/http/outage-page";
import { appContext } from "@/lib/server/context";
import { storeIsDown } from "@/lib/server/outage";

const isDev = process.env.NODE_ENV === "development";

/**
 * Pages live under app/[lang]/ so each language renders (and caches) on its own, while the
 * public URLs (/, /t/{id}, /history) stay language-free: rewrite, never redirect.
 *
 * A final (completed or failed) ticket is routed to /[lang]/t/{id}/v/{updatedAt}: a page
 * rendered once and cached, which never needs invalidating because any change to the
 * ticket changes the version. A processing ticket gets the live, dynamic page.
 *
 * Every page gets a Content-Security-Policy with a nonce (lib/http/csp.ts). A page that may be
 * cached (a home page, a final ticket's version) takes its path's nonce from the page cache,
 * which serves a cached page only with the nonce it was rendered with; any other page gets a
 * fresh nonce per request.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A broken %-escape (/t/%E0%A4%A) would make Next's router throw a 500 further on.
  if (!isDecodable(pathname)) return badPath(pathname);
  // The API is JSON, not pages: no language to pick, its policy comes from next.config.ts.
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const explicit = /^\/(en|zh)(?=\/|$)/.exec(pathname);
  const locale =
    (explicit?.[1] as "en" | "zh" | undefined) ??
    resolveLocale({ cookie: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get("accept-language") });
  const path = explicit ? pathname.slice(3) || "/" : pathname;

  // While the shared database is down, pages would fail one by one: say so at once, with a 503.
  if (await databaseIsDown()) return outagePage(locale);

  // Versioned paths are internal: asked for directly (with or without an extension), they are
  // unknown, and the live page's 404 is never cached.
  if (/^\/t\/[^/]+\/v(\/|$)/.test(path)) return page(request, `/${locale}/t/not-a-ticket`, null);
  // Files (favicon.svg, /t/{id}/report.md) are not pages: no language to pick.
  if (/\.[A-Za-z0-9]+$/.test(pathname)) return page(request, null, null);

  const ticket = /^\/t\/([\w-]{1,64})$/.exec(path);
  if (ticket) {
    const id = ticket[1]!;
    const state = await routeState(id);
    if (state && state.status !== "processing") {
      const versioned = `/${locale}/t/${id}/v/${state.version}`;
      return page(request, versioned, versioned);
    }
    return page(request, `/${locale}/t/${id}`, null);
  }
  const target = `/${locale}${path === "/" ? "" : path}`;
  // The home pages are static: cacheable like a final ticket's page.
  const cacheable = path === "/" ? target : null;
  return page(request, explicit ? null : target, cacheable);
}

/**
 * Passes a page request on (rewritten to `target` when given) with its CSP nonce in the request
 * (Next reads it there and puts it on the scripts it writes) and in the response.
 */
function page(request: NextRequest, target: string | null, cacheablePath: string | null): NextResponse {
  const nonce = cacheablePath ? pageCache().admit(cacheablePath) : randomNonce();
  const policy = contentSecurityPolicy(nonce, { isDev });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  let response: NextResponse;
  if (target) {
    const url = request.nextUrl.clone();
    url.pathname = target;
    response = NextResponse.rewrite(url, { request: { headers } });
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  // Most pages' language comes from a cookie or Accept-Language, and Next replaces any Vary we
  // set; a ticket can be deleted at any time. So no shared cache may keep a page, and the
  // browser asks again each time (the ETag makes that cheap).
  response.headers.set("Cache-Control", "private, no-cache");
  return response;
}

async function databaseIsDown(): Promise<boolean> {
  try {
    return await storeIsDown((await appContext()).store);
  } catch {
    return false;
  }
}

/** A final ticket's version, or null (unknown, processing, or the database is unreachable: the live page says so). */
async function routeState(id: string) {
  try {
    return await (await appContext()).store.ticketRouteState(id);
  } catch {
    return null;
  }
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function badPath(pathname: string): Response {
  const message = "The address has a broken %-escape; check the link.";
  return pathname.startsWith("/api/")
    ? json({ error: { code: "invalid_input", message } }, { status: 400 })
    : new Response(message, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export const config = {
  // Everything but Next's own assets: API paths only get the %-escape check.
  matcher: ["/((?!_next/).*)"],
};
