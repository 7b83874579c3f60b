import "server-only";
// One-time sign-in challenges: issued with a random nonce, bound to the browser that asked for it
// (an httpOnly cookie whose hash is the challenge's subject), valid 5 minutes, usable once.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { challengeXml } from "./challenge-xml";
import { edsAudience } from "./config";

// How long a sign-in challenge can be used.
export const CHALLENGE_TTL_MS = 5 * 60_000;

// EdsChallenge.purpose of sign-in challenges.
export const SIGN_IN_PURPOSE = "auth";

const bindingHash = (binding: string) => createHash("sha256").update(binding, "utf8").digest("hex");

// Issues a sign-in challenge for this browser; returns its id and the XML to sign.
export async function issueSignInChallenge(o: {
  binding: string;
  now: Date;
}): Promise<{ id: string; xml: string; expiresAt: Date }> {
  const nonce = randomBytes(32).toString("base64url");
  const expiresAt = new Date(o.now.getTime() + CHALLENGE_TTL_MS);
  // Old challenges are of no use to anyone: keep the table small.
  await prisma.edsChallenge.deleteMany({
    where: { expiresAt: { lt: new Date(o.now.getTime() - 24 * 3600_000) } },
  });
  const row = await prisma.edsChallenge.create({
    data: { nonce, purpose: SIGN_IN_PURPOSE, subject: bindingHash(o.binding), expiresAt, createdAt: o.now },
  });
  return {
    id: row.id,
    xml: challengeXml({ nonce, audience: edsAudience(), issuedAt: o.now, expiresAt }),
    expiresAt,
  };
}

// Uses up a challenge (whatever the signature turns out to be) and returns the XML that must have been signed.
// Unknown, another browser's, expired or already used challenges are refused.
export async function takeSignInChallenge(o: { id: string; binding: string; now: Date }): Promise<string> {
  const row = o.id ? await prisma.edsChallenge.findUnique({ where: { id: o.id } }) : null;
  const expected = Buffer.from(bindingHash(o.binding));
  const bound =
    !!row?.subject &&
    row.subject.length === expected.length &&
    timingSafeEqual(Buffer.from(row.subject), expected);
  if (!row || row.purpose !== SIGN_IN_PURPOSE || !bound) throw new AppError("eds_challenge_invalid");
  if (row.usedAt) throw new AppError("eds_challenge_used");
  if (row.expiresAt <= o.now) throw new AppError("eds_challenge_expired");
  // Conditional update: of two parallel attempts with the same challenge only one gets through.
  const taken = await prisma.edsChallenge.updateMany({
    where: { id: row.id, usedAt: null },
    data: { usedAt: o.now },
  });
  if (taken.count !== 1) throw new AppError("eds_challenge_used");
  return challengeXml({
    nonce: row.nonce,
    audience: edsAudience(),
    issuedAt: row.createdAt,
    expiresAt: row.expiresAt,
  });
}
