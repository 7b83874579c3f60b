// The security headers of every response (pure: proxy.ts applies them per request, next.config.ts the
// fixed ones to files that skip the proxy). No imports, so next.config.ts can load it.

/** Headers that never change: every response, static files included (next.config.ts headers()). */
export const FIXED_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  // For browsers without CSP's frame-ancestors.
  "X-Frame-Options": "DENY",
};

export type CspSettings = {
  /** A fresh random value per request (base64). */
  nonce: string;
  /** `next dev`: React's dev tools need eval. */
  dev: boolean;
  /** The portal's public address (NEXTAUTH_URL): https adds HSTS and upgrade-insecure-requests. */
  publicUrl?: string;
  /** Where the browser finds NCALayer (NCALAYER_URL), a WebSocket the EDS pages open. */
  ncaLayerUrl: string;
};

// A fresh nonce for one response: 16 random bytes, base64.
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

const isHttps = (url?: string) => !!url && /^https:\/\//i.test(url);

// The origin part of a ws(s) address for connect-src (scheme, host and port; no path).
function socketSource(url: string): string | null {
  try {
    const u = new URL(url);
    return /^wss?:$/.test(u.protocol) ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

// The Content-Security-Policy of a page: scripts only with this response's nonce (Next.js puts it on its
// own scripts; 'strict-dynamic' lets them load their chunks), nothing framed or framing, no plugins,
// connections to this origin and NCALayer only. Styles allow inline ones (React's style attributes).
export function pageCsp(s: CspSettings): string {
  const ncaLayer = socketSource(s.ncaLayerUrl);
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${s.nonce}' 'strict-dynamic'${s.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${ncaLayer ? ` ${ncaLayer}` : ""}`,
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps(s.publicUrl) ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The policy of a downloaded file (an uploaded document, an export): nothing in it runs. */
export const DOWNLOAD_CSP = "sandbox; default-src 'none'; frame-ancestors 'none'";

/** The policy of the API's answers (JSON, redirects): they load nothing and are never framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

// Paths answered by a route handler with a file rather than a page (they get DOWNLOAD_CSP).
export function isDownloadPath(pathname: string): boolean {
  return (
    /^\/[a-z]{2}\/(cabinet\/queue\/document\/|protocol\/export(\/|$))/.test(pathname) ||
    // an organisation's document (app/[locale]/(public)/org/[slug]/documents/[documentId]/file)
    /^\/[a-z]{2}\/org\/[^/]+\/documents\/[^/]+\/file$/.test(pathname)
  );
}

// The headers a response gets from the proxy (CSP and HSTS depend on the request and the settings).
export function responseSecurityHeaders(
  s: CspSettings,
  kind: "page" | "download" | "api",
): Record<string, string> {
  const out: Record<string, string> = { ...FIXED_SECURITY_HEADERS };
  out["Content-Security-Policy"] =
    kind === "page" ? pageCsp(s) : kind === "download" ? DOWNLOAD_CSP : API_CSP;
  if (isHttps(s.publicUrl)) out["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return out;
}
