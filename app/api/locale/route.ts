import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";

/** Switches the UI language (cookie) and sends the reader back to the page they were on. */
export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get("to");
  const back = sameHostPath(request.headers.get("referer"), request.headers.get("host")) ?? "/";
  // A relative Location: the Host the browser used may differ from the one the server sees.
  const response = new NextResponse(null, { status: 303, headers: { location: back } });
  if (isLocale(to)) {
    response.cookies.set(LOCALE_COOKIE, to, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  }
  return response;
}

function sameHostPath(referer: string | null, host: string | null): string | null {
  if (!referer || !host) return null;
  try {
    const url = new URL(referer);
    if (url.host !== host) return null;
    // Drop an explicit /en or /zh prefix so the cookie decides.
    return `${url.pathname.replace(/^\/(en|zh)(?=\/|$)/, "") || "/"}${url.search}`;
  } catch {
    return null;
  }
}
