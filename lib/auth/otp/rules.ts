import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

// Limits of one-time codes (issue 2: 5 minutes, 5 attempts, rate-limited sending).
export const OTP_RULES = {
  ttlMs: 5 * 60 * 1000,
  maxAttempts: 5,
  /** At most one code per phone per minute … */
  resendAfterMs: 60 * 1000,
  /** … and 5 per phone per hour, 20 per IP per hour. */
  perPhonePerHour: 5,
  perIpPerHour: 20,
  length: 6,
} as const;

// A random numeric code of the configured length.
export function generateCode(): string {
  return String(randomInt(0, 10 ** OTP_RULES.length)).padStart(OTP_RULES.length, "0");
}

// Codes are stored as an HMAC bound to what they authorise, never in clear text.
export function hashCode(code: string, bindTo: string, secret: string): string {
  return createHmac("sha256", secret).update(`${bindTo}:${code}`).digest("hex");
}

// Constant-time comparison of two hex digests.
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

export type RateInput = { lastSentAt: Date | null; sentToPhoneLastHour: number; sentFromIpLastHour: number };

// Whether another code may be sent now; returns the seconds to wait when not.
export function checkSendRate(r: RateInput, now: Date): { ok: true } | { ok: false; retryAfterSec: number } {
  if (r.lastSentAt) {
    const wait = r.lastSentAt.getTime() + OTP_RULES.resendAfterMs - now.getTime();
    if (wait > 0) return { ok: false, retryAfterSec: Math.ceil(wait / 1000) };
  }
  if (r.sentToPhoneLastHour >= OTP_RULES.perPhonePerHour || r.sentFromIpLastHour >= OTP_RULES.perIpPerHour) {
    return { ok: false, retryAfterSec: 3600 };
  }
  return { ok: true };
}

export type CodeState = { expiresAt: Date; attempts: number; consumedAt: Date | null };

// Why a stored code can't be used now, or null when it can be tried.
export function codeUnusableReason(
  c: CodeState,
  now: Date,
): "code_expired" | "code_attempts_exceeded" | "code_invalid" | null {
  if (c.consumedAt) return "code_invalid";
  if (c.attempts >= OTP_RULES.maxAttempts) return "code_attempts_exceeded";
  if (c.expiresAt.getTime() <= now.getTime()) return "code_expired";
  return null;
}

// Normalises a Kazakhstan mobile number to +7XXXXXXXXXX, or null when it isn't one.
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/\D/g, "");
  const ten =
    digits.length === 11 && (digits.startsWith("7") || digits.startsWith("8"))
      ? digits.slice(1)
      : digits.length === 10
        ? digits
        : null;
  // Mobile operators' codes are 70x, 74x–78x; 71x and 72x are landline area codes (7172 Astana, 727 Almaty).
  return ten && /^7[04-8]\d{8}$/.test(ten) ? `+7${ten}` : null;
}
