import "server-only";
// Parent sign-in with EDS: the signed challenge is checked (one use, this browser, not expired), the
// signature and certificate verified, and the person found (or registered) by the certificate's IIN.
// Every attempt is recorded as a SignInEvent with method EDS, as the other sign-in ways do.
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import type { Authenticated, ClientInfo } from "@/lib/auth/authenticate";
import { takeSignInChallenge } from "./challenges";
import { edsTrustStore } from "./config";
import { nameFromCertificate } from "./person-name";
import { verifySignedXml, type VerifiedSignature } from "./verify-xml";

// What the eds provider receives: the challenge id, the signed XML and this browser's binding cookie.
export type EdsSignIn = { challengeId: string; signedXml: string; binding: string | null };

async function recordSignIn(
  userId: string | null,
  success: boolean,
  reason: string | null,
  client: ClientInfo,
  at: Date,
) {
  await prisma.signInEvent.create({
    data: { method: "EDS", userId, success, reason, ip: client.ip, userAgent: client.userAgent, at },
  });
}

// The person with the certificate's IIN and their account; both are created at the first sign-in,
// and a person on record without a name (e.g. registered by code) gets the certificate's name.
async function userForCertificate(v: VerifiedSignature, at: Date) {
  const name = nameFromCertificate(v.certificate.subject);
  const person = await prisma.person.upsert({
    where: { iin: v.iin },
    update: {},
    create: { iin: v.iin, ...name },
  });
  if (!person.lastName && !person.firstName && name.lastName)
    await prisma.person.update({ where: { id: person.id }, data: name });
  return prisma.user.upsert({
    where: { personId: person.id },
    update: {},
    create: { personId: person.id, registeredAt: at },
  });
}

// Signs a parent in with a signed challenge; throws an AppError (eds_*, account_blocked) otherwise.
export async function authenticateByEds(
  input: EdsSignIn,
  client: ClientInfo,
  at: Date,
): Promise<Authenticated> {
  let userId: string | null = null;
  try {
    if (!input.binding || !input.challengeId || !input.signedXml) throw new AppError("eds_challenge_invalid");
    const expectedXml = await takeSignInChallenge({ id: input.challengeId, binding: input.binding, now: at });
    const verified = await verifySignedXml(input.signedXml, {
      purpose: "auth",
      now: at,
      trust: edsTrustStore(),
      expected: { contentXml: expectedXml },
    });
    const user = await userForCertificate(verified, at);
    userId = user.id;
    if (user.blockedUntil && user.blockedUntil > at) throw new AppError("account_blocked");
    await prisma.user.update({
      where: { id: user.id },
      data: { lastSignInAt: at, registeredAt: user.registeredAt ?? at },
    });
    await recordSignIn(user.id, true, null, client, at);
    return { id: user.id, audience: "parent", sessionVersion: user.sessionVersion };
  } catch (e) {
    await recordSignIn(userId, false, e instanceof AppError ? e.code : "internal", client, at);
    throw e;
  }
}
