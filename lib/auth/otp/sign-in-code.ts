import "server-only";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { smsProvider } from "@/lib/sms/provider";
import { ipBucket } from "../client-ip";
import { reserveAttempt } from "../throttle";
import { THROTTLE_RULES, throttleKey, type ThrottleRule } from "../throttle-rules";
import { consumeCode, issueCode } from "./codes";
import { userOf } from "../first-sign-in";

// Counts a look-up in the mobile-citizens registry per client address and per phone before it is made,
// so its answer ("not linked") can't be asked for pairs by the thousand (lib/auth/throttle-rules.ts).
async function admitLookup(phone: string, ip: string | null, now: Date): Promise<void> {
  const limits: [string, ThrottleRule][] = [
    ...(ip ? [[throttleKey.codeIp(ipBucket(ip)), THROTTLE_RULES.codeIp] as [string, ThrottleRule]] : []),
    [throttleKey.codePhone(phone), THROTTLE_RULES.codePhone],
  ];
  for (const [key, rule] of limits) {
    const d = await reserveAttempt(key, rule, now);
    if (!d.ok) throw new AppError("rate_limited", { seconds: d.retryAfterSec });
  }
}

// Sends a sign-in code to a parent's phone — only when that phone and IIN are linked in the
// mobile-citizens registry (БМГ), as seed 000 requires; the look-up itself is rate-limited first.
export async function sendSignInCode(input: {
  phone: string;
  iin: string;
  ip: string | null;
  now: Date;
  text: (code: string) => string;
}) {
  await admitLookup(input.phone, input.ip, input.now);
  const linked = await prisma.mobileCitizen.findUnique({
    where: { phone_iin: { phone: input.phone, iin: input.iin } },
  });
  if (!linked) throw new AppError("not_linked_in_bmg");
  const code = await issueCode({
    purpose: "SIGN_IN",
    destination: input.phone,
    subject: input.iin,
    iin: input.iin,
    ip: input.ip,
    now: input.now,
  });
  await smsProvider().send(input.phone, input.text(code));
}

// Verifies a sign-in code and returns the person's user account, creating person and user on first
// sign-in (each creation audited, with the client's address).
export async function verifySignInCode(input: {
  phone: string;
  iin: string;
  code: string;
  now: Date;
  ip?: string | null;
}) {
  await consumeCode({
    purpose: "SIGN_IN",
    destination: input.phone,
    subject: input.iin,
    code: input.code,
    now: input.now,
  });
  return prisma.$transaction(async (tx) => {
    const before = await tx.person.findUnique({ where: { iin: input.iin } });
    const person = before
      ? await tx.person.update({ where: { id: before.id }, data: { phone: input.phone } })
      : await tx.person.create({ data: { iin: input.iin, lastName: "", firstName: "", phone: input.phone } });
    const ip = input.ip ?? null;
    if (!before)
      await audit(tx, {
        actorPersonId: person.id,
        action: "person.first_sign_in",
        entityType: "Person",
        entityId: person.id,
        after: { method: "OTP" },
        ip,
      });
    // The phone just proved by the code (and linked to this IIN in БМГ) is the person's own: it replaces
    // one a kindergarten typed, so timesheet codes reach the parent, not a number someone else chose.
    if (before && before.phone !== input.phone)
      await audit(tx, {
        actorPersonId: person.id,
        action: "person.phone_verified",
        entityType: "Person",
        entityId: person.id,
        before: { phone: before.phone },
        after: { phone: person.phone },
        ip,
      });
    return userOf(tx, person.id, "OTP", input.now, ip);
  });
}
