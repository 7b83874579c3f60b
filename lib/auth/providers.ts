import "server-only";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "@/lib/db/prisma";
import { now } from "@/lib/clock/clock";
import { AppError } from "@/lib/errors/app-error";
import { validateIin } from "@/lib/iin/iin";
import type { SignInMethod } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "./password";
import { normalizePhone } from "./otp/rules";
import { verifySignInCode } from "./otp/sign-in-code";

type Req = { headers?: Record<string, string | string[] | undefined> } | undefined;

function clientIp(req: Req): string | null {
  const fwd = req?.headers?.["x-forwarded-for"];
  const first = Array.isArray(fwd) ? fwd[0] : fwd;
  return first?.split(",")[0]?.trim() || null;
}

async function recordSignIn(method: SignInMethod, userId: string | null, success: boolean, reason: string | null, req: Req) {
  const ua = req?.headers?.["user-agent"];
  await prisma.signInEvent.create({
    data: { method, userId, success, reason, ip: clientIp(req), userAgent: Array.isArray(ua) ? ua[0] : ua ?? null, at: now() },
  });
}

// Throws the error code as the message: next-auth passes it to the page, which translates it.
function fail(code: string): never {
  throw new Error(code);
}

// Parents: phone + own IIN + the one-time code sent by SMS.
export const otpProvider = CredentialsProvider({
  id: "otp",
  name: "One-time code",
  credentials: { phone: { type: "text" }, iin: { type: "text" }, code: { type: "text" } },
  async authorize(credentials, req) {
    const phone = normalizePhone(credentials?.phone ?? "");
    const iin = validateIin(credentials?.iin ?? "");
    if (!phone || !iin.ok || !credentials?.code) fail("invalid_input");
    const at = now();
    try {
      const user = await verifySignInCode({ phone, iin: iin.iin, code: credentials.code, now: at });
      if (user.blockedUntil && user.blockedUntil > at) fail("account_blocked");
      await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: at } });
      await recordSignIn("OTP", user.id, true, null, req);
      return { id: user.id, audience: "parent", sessionVersion: user.sessionVersion };
    } catch (e) {
      const code = e instanceof AppError ? e.code : e instanceof Error ? e.message : "internal";
      await recordSignIn("OTP", null, false, code, req);
      fail(code);
    }
  },
});

// Staff and authority officers: login + password (also the first-login invitation credentials).
export const passwordProvider = CredentialsProvider({
  id: "password",
  name: "Login and password",
  credentials: { login: { type: "text" }, password: { type: "password" } },
  async authorize(credentials, req) {
    const login = credentials?.login?.trim().toLowerCase();
    if (!login || !credentials?.password) fail("invalid_input");
    const user = await prisma.user.findUnique({ where: { login } });
    const ok = !!user?.passwordHash && (await verifyPassword(credentials.password, user.passwordHash));
    if (!user || !ok) {
      await recordSignIn("PASSWORD", user?.id ?? null, false, "invalid_credentials", req);
      fail("invalid_credentials");
    }
    const at = now();
    if (user.blockedUntil && user.blockedUntil > at) {
      await recordSignIn("PASSWORD", user.id, false, "account_blocked", req);
      fail("account_blocked");
    }
    await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: at, registeredAt: user.registeredAt ?? at } });
    await recordSignIn("PASSWORD", user.id, true, null, req);
    return { id: user.id, audience: "staff", sessionVersion: user.sessionVersion };
  },
});
