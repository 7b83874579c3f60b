import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { isLocale, routing } from "./i18n/routing";
import { env } from "./lib/env";
import { isDownloadPath, newNonce, responseSecurityHeaders } from "./lib/security/headers";
import { declaredBodyTooLarge } from "./lib/storage/body-limit";
import en from "./messages/en.json";
import kk from "./messages/kk.json";
import ru from "./messages/ru.json";

const TOO_LARGE = { en, kk, ru } as const;

const intl = createMiddleware(routing);

// Pages: every path but the API, Next's own files and files (a dot in the path) get the locale prefix.
const LOCALISED = /^\/(?!api|_next|_vercel|.*\..*)/;

// Every response but Next's static files passes here: pages get the locale prefix (next-intl) and a
// Content-Security-Policy with a nonce made for this response — Next.js reads it from the request's CSP
// header and puts it on its own scripts (every page renders per request) — and every response gets the
// other security headers (lib/security/headers.ts; static files get the fixed ones from next.config.ts).
export default function proxy(request: NextRequest) {
  const e = env();
  const { pathname } = request.nextUrl;
  const nonce = newNonce();
  const kind = pathname.startsWith("/api/") ? "api" : isDownloadPath(pathname) ? "download" : "page";
  const security = responseSecurityHeaders(
    { nonce, dev: e.NODE_ENV === "development", publicUrl: e.NEXTAUTH_URL, ncaLayerUrl: e.NCALAYER_URL },
    kind,
  );
  // A body larger than the server reads is refused before any of it is read (lib/storage/body-limit.ts).
  if (
    request.method !== "GET" &&
    request.method !== "HEAD" &&
    declaredBodyTooLarge(request.headers.get("content-length"))
  ) {
    const first = pathname.split("/")[1];
    const locale = isLocale(first) ? first : routing.defaultLocale;
    const response = new NextResponse(TOO_LARGE[locale].errors.request_too_large, {
      status: 413,
      headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" },
    });
    for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
    return response;
  }
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", security["Content-Security-Policy"]!);
  // next-intl passes the request's headers on: it gets a body-less copy carrying ours.
  const response = LOCALISED.test(pathname)
    ? intl(new NextRequest(request.url, { headers }))
    : NextResponse.next({ request: { headers } });
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
