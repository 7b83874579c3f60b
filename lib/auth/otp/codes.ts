import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { authSecret } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import type { CodePurpose } from "@/lib/generated/prisma/enums";
import { OTP_RULES, checkSendRate, codeUnusableReason, generateCode, hashCode, sameHash } from "./rules";

type Target = { purpose: CodePurpose; destination: string; subject: string };

const bind = (t: Target) => `${t.purpose}:${t.destination}:${t.subject}`;

// Issues a new code for a purpose, destination and subject, enforcing the send rate limits.
// Returns the clear code for the caller to deliver (SMS or e-mail); only its hash is stored.
export async function issueCode(
  t: Target & { iin?: string; ip?: string | null; now: Date },
): Promise<string> {
  const hourAgo = new Date(t.now.getTime() - 3600_000);
  const [last, perPhone, perIp] = await Promise.all([
    // The one-a-minute rule is per purpose: a sign-in code and then a confirmation code is normal.
    prisma.oneTimeCode.findFirst({
      where: { destination: t.destination, purpose: t.purpose },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
    prisma.oneTimeCode.count({ where: { destination: t.destination, createdAt: { gt: hourAgo } } }),
    t.ip ? prisma.oneTimeCode.count({ where: { ip: t.ip, createdAt: { gt: hourAgo } } }) : Promise.resolve(0),
  ]);
  const rate = checkSendRate(
    { lastSentAt: last?.createdAt ?? null, sentToPhoneLastHour: perPhone, sentFromIpLastHour: perIp },
    t.now,
  );
  if (!rate.ok) throw new AppError("rate_limited", { seconds: rate.retryAfterSec });

  const code = generateCode();
  await prisma.oneTimeCode.create({
    data: {
      purpose: t.purpose,
      destination: t.destination,
      subject: t.subject,
      iin: t.iin ?? null,
      codeHash: hashCode(code, bind(t), authSecret()),
      expiresAt: new Date(t.now.getTime() + OTP_RULES.ttlMs),
      ip: t.ip ?? null,
      createdAt: t.now,
    },
  });
  return code;
}

// Checks a code against the newest one issued for the target; consumes it on success.
// Every wrong try counts, so a code dies after the allowed attempts. Inside a transaction pass it (`db`),
// so the code is spent together with what it confirms and no second connection is taken while the
// transaction holds one; a wrong try is then rolled back with it, so the caller counts it again after the
// rollback with countWrongTry.
export async function consumeCode(
  t: Target & { code: string; now: Date },
  db: Tx | typeof prisma = prisma,
): Promise<void> {
  const stored = await db.oneTimeCode.findFirst({
    where: { purpose: t.purpose, destination: t.destination, subject: t.subject },
    orderBy: { createdAt: "desc" },
  });
  if (!stored) throw new AppError("code_invalid");
  const unusable = codeUnusableReason(stored, t.now);
  if (unusable) throw new AppError(unusable);
  const ok = sameHash(stored.codeHash, hashCode(t.code.trim(), bind(t), authSecret()));
  // Count the attempt and consume in one conditional update, so two parallel tries can't both pass.
  const updated = await db.oneTimeCode.updateMany({
    where: { id: stored.id, consumedAt: null, attempts: { lt: OTP_RULES.maxAttempts } },
    data: ok ? { attempts: { increment: 1 }, consumedAt: t.now } : { attempts: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("code_attempts_exceeded");
  if (!ok)
    throw new AppError(
      stored.attempts + 1 >= OTP_RULES.maxAttempts ? "code_attempts_exceeded" : "code_invalid",
    );
}

// Counts a wrong try of the target's newest code on its own connection: for consumeCode in a transaction
// that was rolled back because of that wrong try.
export async function countWrongTry(t: Target): Promise<void> {
  const stored = await prisma.oneTimeCode.findFirst({
    where: { purpose: t.purpose, destination: t.destination, subject: t.subject },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (stored)
    await prisma.oneTimeCode.updateMany({
      where: { id: stored.id, consumedAt: null },
      data: { attempts: { increment: 1 } },
    });
}
