import { describe, expect, it } from "vitest";
import {
  OTP_RULES,
  checkSendRate,
  codeUnusableReason,
  generateCode,
  hashCode,
  normalizePhone,
  sameHash,
} from "@/lib/auth/otp/rules";

const t0 = new Date("2026-11-22T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe("one-time code rules", () => {
  it("generates 6-digit codes", () => {
    for (let i = 0; i < 200; i++) expect(generateCode()).toMatch(/^\d{6}$/);
  });

  it("binds the hash to the code and to what it authorises", () => {
    const h = hashCode("123456", "SIGN_IN:+77010000001:iin", "secret");
    expect(sameHash(h, hashCode("123456", "SIGN_IN:+77010000001:iin", "secret"))).toBe(true);
    expect(sameHash(h, hashCode("123457", "SIGN_IN:+77010000001:iin", "secret"))).toBe(false);
    expect(sameHash(h, hashCode("123456", "SIGN_IN:+77010000002:iin", "secret"))).toBe(false);
    expect(sameHash(h, hashCode("123456", "SIGN_IN:+77010000001:iin", "other"))).toBe(false);
  });

  it("expires after 5 minutes and dies after 5 attempts", () => {
    const code = { expiresAt: later(OTP_RULES.ttlMs), attempts: 0, consumedAt: null };
    expect(codeUnusableReason(code, later(OTP_RULES.ttlMs - 1))).toBeNull();
    expect(codeUnusableReason(code, later(OTP_RULES.ttlMs))).toBe("code_expired");
    expect(codeUnusableReason({ ...code, attempts: 4 }, t0)).toBeNull();
    expect(codeUnusableReason({ ...code, attempts: 5 }, t0)).toBe("code_attempts_exceeded");
    expect(codeUnusableReason({ ...code, consumedAt: t0 }, t0)).toBe("code_invalid");
  });

  it("limits sending per phone and per IP", () => {
    const none = { lastSentAt: null, sentToPhoneLastHour: 0, sentFromIpLastHour: 0 };
    expect(checkSendRate(none, t0)).toEqual({ ok: true });
    expect(checkSendRate({ ...none, lastSentAt: later(-30_000) }, t0)).toEqual({
      ok: false,
      retryAfterSec: 30,
    });
    expect(checkSendRate({ ...none, lastSentAt: later(-61_000) }, t0)).toEqual({ ok: true });
    expect(checkSendRate({ ...none, sentToPhoneLastHour: 5 }, t0).ok).toBe(false);
    expect(checkSendRate({ ...none, sentFromIpLastHour: 20 }, t0).ok).toBe(false);
    expect(checkSendRate({ ...none, sentFromIpLastHour: 19 }, t0).ok).toBe(true);
  });

  it("normalises Kazakhstan mobile numbers", () => {
    expect(normalizePhone("+7 701 000 00 01")).toBe("+77010000001");
    expect(normalizePhone("87010000001")).toBe("+77010000001");
    expect(normalizePhone("7010000001")).toBe("+77010000001");
    expect(normalizePhone("+7 (7162) 72-00-00")).toBeNull(); // a landline
    expect(normalizePhone("12345")).toBeNull();
  });
});
