import "server-only";
import CredentialsProvider from "next-auth/providers/credentials";
import { now } from "@/lib/clock/clock";
import { requestNow } from "@/lib/clock/request-now";
import { AppError } from "@/lib/errors/app-error";
import { clientIpOfHeaders } from "./client-ip";
import { authenticateByCode, authenticateByPassword, type ClientInfo } from "./authenticate";

export type Req = { headers?: Record<string, string | string[] | undefined> } | undefined;

export function clientInfo(req: Req): ClientInfo {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return {
    ip: clientIpOfHeaders(req?.headers),
    userAgent: first(req?.headers?.["user-agent"]) ?? null,
  };
}

// next-auth shows the thrown message to the page as `error`: we pass the error code, the page translates it.
export async function withCodes<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw new Error(e instanceof AppError ? e.code : "internal");
  }
}

// Parents: phone + own IIN + the one-time code sent by SMS.
export const otpProvider = CredentialsProvider({
  id: "otp",
  name: "One-time code",
  credentials: { phone: { type: "text" }, iin: { type: "text" }, code: { type: "text" } },
  authorize: (c, req) =>
    withCodes(() =>
      authenticateByCode(
        { phone: c?.phone ?? "", iin: c?.iin ?? "", code: c?.code ?? "" },
        clientInfo(req),
        now(),
      ),
    ),
});

// Staff and authority officers: login + password.
export const passwordProvider = CredentialsProvider({
  id: "password",
  name: "Login and password",
  credentials: { login: { type: "text" }, password: { type: "password" } },
  authorize: (c, req) =>
    withCodes(async () =>
      authenticateByPassword(
        { login: c?.login ?? "", password: c?.password ?? "" },
        clientInfo(req),
        await requestNow(),
      ),
    ),
});
