import { NextResponse, type NextRequest } from "next/server";
import { ticketRouteState } from "@/lib/db/ticket-route-state";
import { json } from "@/lib/http/json";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";

/**
 * Pages live under app/[lang]/ so each language renders (and caches) on its own, while the
 * public URLs (/, /t/{id}, /history) stay language-free: rewrite, never redirect.
 *
 * A final (completed or failed) ticket is routed to /[lang]/t/{id}/v/{updatedAt}: a page
 * rendered once and cached, which never needs invalidating because any change to the
 * ticket changes the version. A processing ticket gets the live, dynamic page.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A broken %-escape (/t/%E0%A4%A) would make Next's router throw a 500 further on.
  if (!isDecodable(pathname)) return badPath(pathname);
  // The API and files (favicon.svg, /t/{id}/report.md) are not pages: no language to pick.
  if (pathname.startsWith("/api/") || /\.[A-Za-z0-9]+$/.test(pathname)) return NextResponse.next();
  const explicit = /^\/(en|zh)(?=\/|$)/.exec(pathname);
  const locale =
    (explicit?.[1] as "en" | "zh" | undefined) ??
    resolveLocale({ cookie: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get("accept-language") });
  const path = explicit ? pathname.slice(3) || "/" : pathname;

  let target = `/${locale}${path === "/" ? "" : path}`;
  const ticket = /^\/t\/([\w-]{1,64})(\/v\/.*)?$/.exec(path);
  if (ticket) {
    const [, id, versionSuffix] = ticket;
    const state = versionSuffix ? null : ticketRouteState(id!);
    // Versioned paths are internal: asked for directly, they are treated as unknown.
    target = versionSuffix
      ? `/${locale}/t/not-a-ticket`
      : state && state.status !== "processing"
        ? `/${locale}/t/${id}/v/${state.version}`
        : `/${locale}/t/${id}`;
  }
  if (explicit && !ticket) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  const response = NextResponse.rewrite(url);
  response.headers.set("Vary", "Cookie, Accept-Language");
  return response;
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
  // Everything but Next's own assets: API paths and files only get the %-escape check.
  matcher: ["/((?!_next/).*)"],
};
