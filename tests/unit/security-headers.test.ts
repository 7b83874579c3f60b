import { describe, expect, it } from "vitest";
import {
  FIXED_SECURITY_HEADERS,
  isDownloadPath,
  newNonce,
  pageCsp,
  responseSecurityHeaders,
} from "@/lib/security/headers";
import { isHttpsUrl, sessionCookie } from "@/lib/auth/session-cookie";

const base = { nonce: "bm9uY2U=", dev: false, ncaLayerUrl: "wss://127.0.0.1:13579" };
const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d]));

describe("security headers (M6)", () => {
  it("a page's CSP: scripts only with the nonce, NCALayer reachable, never framed, no plugins", () => {
    const d = directives(pageCsp(base));
    expect(d["script-src"]).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(d["connect-src"]).toBe("connect-src 'self' wss://127.0.0.1:13579");
    expect(d["frame-ancestors"]).toBe("frame-ancestors 'none'");
    expect(d["object-src"]).toBe("object-src 'none'");
    expect(d["base-uri"]).toBe("base-uri 'self'");
    expect(d["upgrade-insecure-requests"]).toBeUndefined();
    expect(pageCsp(base)).not.toContain("unsafe-eval");
  });

  it("next dev gets eval; the demo stand-in's plain ws address is allowed", () => {
    expect(pageCsp({ ...base, dev: true })).toContain("'strict-dynamic' 'unsafe-eval'");
    expect(pageCsp({ ...base, ncaLayerUrl: "ws://127.0.0.1:13579/x" })).toContain(
      "connect-src 'self' ws://127.0.0.1:13579;",
    );
  });

  it("nosniff, Referrer-Policy and Permissions-Policy always; HSTS only for an https public address", () => {
    const http = responseSecurityHeaders({ ...base, publicUrl: "http://localhost:3000" }, "page");
    expect(http).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": expect.stringContaining("camera=(), microphone=(), geolocation=()"),
    });
    expect(http["Strict-Transport-Security"]).toBeUndefined();
    const https = responseSecurityHeaders({ ...base, publicUrl: "https://balabaqsha.kz" }, "page");
    expect(https["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    expect(FIXED_SECURITY_HEADERS["X-Frame-Options"]).toBe("DENY");
  });

  it("downloads run nothing; API answers load nothing", () => {
    expect(isDownloadPath("/kk/cabinet/queue/document/abc")).toBe(true);
    expect(isDownloadPath("/ru/protocol/export")).toBe(true);
    expect(isDownloadPath("/ru/protocol")).toBe(false);
    expect(isDownloadPath("/kk/org/akmola-education/documents/doc1/file")).toBe(true);
    expect(isDownloadPath("/kk/org/akmola-education/documents")).toBe(false);
    expect(responseSecurityHeaders(base, "download")["Content-Security-Policy"]).toMatch(/^sandbox;/);
    expect(responseSecurityHeaders(base, "api")["Content-Security-Policy"]).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it("a fresh nonce every time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });

  it("session cookies are Secure (and __Secure-) when the public address is https", () => {
    expect(isHttpsUrl("https://balabaqsha.kz")).toBe(true);
    expect(sessionCookie("https://balabaqsha.kz")).toMatchObject({
      name: "__Secure-next-auth.session-token",
      options: { secure: true, httpOnly: true, sameSite: "lax" },
    });
    expect(sessionCookie("http://localhost:3000")).toMatchObject({
      name: "next-auth.session-token",
      options: { secure: false, httpOnly: true },
    });
  });
});
