import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { validateIin } from "@/lib/iin/iin";
import type { SignInMethod } from "@/lib/generated/prisma/enums";
import { ipBucket } from "./client-ip";
import { hashPassword, verifyPassword } from "./password";
import { clearThrottle, releaseAttempt, reserveAttempt } from "./throttle";
import { THROTTLE_RULES, throttleKey } from "./throttle-rules";
import { normalizePhone } from "./otp/rules";
import { verifySignInCode } from "./otp/sign-in-code";
import type { Audience } from "./actor";

export type Authenticated = { id: string; audience: Audience; sessionVersion: number };
export type ClientInfo = { ip: string | null; userAgent: string | null };

async function recordSignIn(
  method: SignInMethod,
  userId: string | null,
  success: boolean,
  reason: string | null,
  client: ClientInfo,
  at: Date,
) {
  await prisma.signInEvent.create({
    data: { method, userId, success, reason, ip: client.ip, userAgent: client.userAgent, at },
  });
}

// Parent sign-in by phone + own IIN + one-time code; every attempt is recorded.
export async function authenticateByCode(
  input: { phone: string; iin: string; code: string },
  client: ClientInfo,
  at: Date,
): Promise<Authenticated> {
  const phone = normalizePhone(input.phone);
  const iin = validateIin(input.iin);
  if (!phone || !iin.ok || !input.code) throw new AppError("invalid_input");
  try {
    const user = await verifySignInCode({ phone, iin: iin.iin, code: input.code, now: at, ip: client.ip });
    if (user.blockedUntil && user.blockedUntil > at) throw new AppError("account_blocked");
    await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: at } });
    await recordSignIn("OTP", user.id, true, null, client, at);
    return { id: user.id, audience: "parent", sessionVersion: user.sessionVersion };
  } catch (e) {
    await recordSignIn("OTP", null, false, e instanceof AppError ? e.code : "internal", client, at);
    throw e;
  }
}

// A password hash of nothing anyone knows, checked for an unknown login so that it costs what a wrong
// password costs (made once per process, with the current parameters).
let dummyHash: Promise<string> | undefined;
const noSuchPasswordHash = () => (dummyHash ??= hashPassword(randomBytes(18).toString("base64")));

// Staff sign-in by login + password (also the invitation's first-login pair). Throttled per login —
// whether or not it exists — and per client address (lib/auth/throttle-rules.ts): past the free attempts
// each waits a growing back-off, and the 10th failure locks the login until it expires or an administrator
// lifts it. An unknown login costs a password check too, and every refusal says only "wrong login or
// password", "wait" or "locked".
export async function authenticateByPassword(
  input: { login: string; password: string },
  client: ClientInfo,
  at: Date,
): Promise<Authenticated> {
  const login = input.login.trim().toLowerCase();
  if (!login || !input.password) throw new AppError("invalid_input");
  const user = await prisma.user.findUnique({ where: { login } });
  const refuse = async (code: "invalid_credentials" | "sign_in_locked" | "sign_in_throttled") => {
    await recordSignIn("PASSWORD", user?.id ?? null, false, code, client, at);
    return new AppError(code);
  };
  const ipKey = client.ip ? throttleKey.staffIp(ipBucket(client.ip)) : null;
  if (ipKey && !(await reserveAttempt(ipKey, THROTTLE_RULES.staffIp, at)).ok)
    throw await refuse("sign_in_throttled");
  const loginKey = throttleKey.login(login);
  const perLogin = await reserveAttempt(loginKey, THROTTLE_RULES.staffLogin, at);
  if (!perLogin.ok) throw await refuse(perLogin.reason === "locked" ? "sign_in_locked" : "sign_in_throttled");

  const stored = user?.passwordHash ?? (await noSuchPasswordHash());
  const ok = (await verifyPassword(input.password, stored)) && !!user?.passwordHash;
  if (!user || !ok) throw await refuse("invalid_credentials");
  // The right password: the login's counter starts again, and this attempt no longer counts for the address.
  await clearThrottle(loginKey);
  if (ipKey) await releaseAttempt(ipKey);
  if (user.blockedUntil && user.blockedUntil > at) {
    await recordSignIn("PASSWORD", user.id, false, "account_blocked", client, at);
    throw new AppError("account_blocked");
  }
  await prisma.user.update({
    where: { id: user.id },
    data: { lastSignInAt: at, registeredAt: user.registeredAt ?? at },
  });
  await recordSignIn("PASSWORD", user.id, true, null, client, at);
  return { id: user.id, audience: "staff", sessionVersion: user.sessionVersion };
}
