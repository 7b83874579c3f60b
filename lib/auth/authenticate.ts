import "server-only";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { validateIin } from "@/lib/iin/iin";
import type { SignInMethod } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "./password";
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
    const user = await verifySignInCode({ phone, iin: iin.iin, code: input.code, now: at });
    if (user.blockedUntil && user.blockedUntil > at) throw new AppError("account_blocked");
    await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: at } });
    await recordSignIn("OTP", user.id, true, null, client, at);
    return { id: user.id, audience: "parent", sessionVersion: user.sessionVersion };
  } catch (e) {
    await recordSignIn("OTP", null, false, e instanceof AppError ? e.code : "internal", client, at);
    throw e;
  }
}

// Staff sign-in by login + password (also the invitation's first-login pair).
export async function authenticateByPassword(
  input: { login: string; password: string },
  client: ClientInfo,
  at: Date,
): Promise<Authenticated> {
  const login = input.login.trim().toLowerCase();
  if (!login || !input.password) throw new AppError("invalid_input");
  const user = await prisma.user.findUnique({ where: { login } });
  const ok = !!user?.passwordHash && (await verifyPassword(input.password, user.passwordHash));
  if (!user || !ok) {
    await recordSignIn("PASSWORD", user?.id ?? null, false, "invalid_credentials", client, at);
    throw new AppError("invalid_credentials");
  }
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
