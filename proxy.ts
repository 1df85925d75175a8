import { NextResponse, type NextRequest } from "next/server";
import { ticketRouteState } from "@/lib/db/ticket-route-state";
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

export const config = {
  // Everything but the API, Next's assets, and files with an extension (report.md, favicon.svg).
  matcher: ["/((?!api/|_next/|.*\\.[A-Za-z0-9]+$).*)"],
};
