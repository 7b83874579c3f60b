import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { authSecret, env } from "@/lib/env";

// True when the portal's public address (NEXTAUTH_URL) is https: cookies are then Secure (and the
// response headers carry HSTS, lib/security/headers.ts).
export function isHttpsUrl(url: string | undefined): boolean {
  return !!url && /^https:\/\//i.test(url);
}

// The session cookie, named and flagged as next-auth names it (lib/auth/options.ts passes this very
// value): `__Secure-…` and Secure when the public address is https, always HttpOnly and SameSite=Lax.
export function sessionCookie(publicUrl: string | undefined) {
  const secure = isHttpsUrl(publicUrl);
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

// The same session (a next-auth JWT) carrying another session version, or null when the token is not a
// valid session of this user.
export async function withSessionVersion(
  token: string,
  userId: string,
  sessionVersion: number,
  secret: string,
  maxAge: number,
): Promise<string | null> {
  const claims = await decode({ token, secret }).catch(() => null);
  if (!claims || claims.uid !== userId) return null;
  // A fresh issue time, expiry and id come with the new token.
  const kept = Object.fromEntries(Object.entries(claims).filter(([k]) => !["iat", "exp", "jti"].includes(k)));
  return encode({ token: { ...kept, sv: sessionVersion }, secret, maxAge });
}

// After the session version was bumped (a password change), this browser's session goes on with the new
// version while every other copy of the old cookie dies (server actions only: it sets the cookie).
export async function renewSessionCookie(userId: string, sessionVersion: number): Promise<void> {
  const e = env();
  const cookie = sessionCookie(e.NEXTAUTH_URL);
  const jar = await cookies();
  const current = jar.get(cookie.name)?.value;
  if (!current) return;
  const renewed = await withSessionVersion(current, userId, sessionVersion, authSecret(), e.SESSION_MAX_AGE);
  if (renewed) jar.set(cookie.name, renewed, { ...cookie.options, maxAge: e.SESSION_MAX_AGE });
}
