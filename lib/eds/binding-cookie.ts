// The httpOnly cookie that binds a sign-in challenge to the browser that asked for it: the challenge
// stores only its hash, so a signed challenge carried to another browser is refused.
import { randomBytes } from "node:crypto";

// Name of the binding cookie.
export const EDS_BINDING_COOKIE = "bq_eds";

// A new random value for the binding cookie.
export function newBinding(): string {
  return randomBytes(32).toString("base64url");
}

// The binding cookie's value from a Cookie header (next-auth hands authorize() the request headers).
export function bindingFromCookieHeader(header: string | undefined): string | null {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k !== EDS_BINDING_COOKIE) continue;
    try {
      return decodeURIComponent(v.join("=")) || null;
    } catch {
      return null;
    }
  }
  return null;
}
