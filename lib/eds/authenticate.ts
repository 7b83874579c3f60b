import "server-only";
// Parent sign-in with EDS: the signed challenge is checked (one use, this browser, not expired), the
// signature and certificate verified, and the person found (or registered) by the certificate's IIN.
// Every attempt is recorded as a SignInEvent with method EDS, as the other sign-in ways do.
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { userOf } from "@/lib/auth/first-sign-in";
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

// The person with the certificate's IIN and their account; both are created at the first sign-in
// (each audited, with the client's address), and a person on record without a name (e.g. registered
// by code) gets the certificate's name.
async function userForCertificate(v: VerifiedSignature, at: Date, ip: string | null) {
  const name = nameFromCertificate(v.certificate.subject);
  return prisma.$transaction(async (tx) => {
    const created = await tx.person.createManyAndReturn({
      data: [{ iin: v.iin, ...name }],
      skipDuplicates: true,
      select: { id: true },
    });
    const person = await tx.person.findUniqueOrThrow({ where: { iin: v.iin } });
    if (created.length)
      await audit(tx, {
        actorPersonId: person.id,
        action: "person.first_sign_in",
        entityType: "Person",
        entityId: person.id,
        after: { method: "EDS" },
        ip,
      });
    else if (!person.lastName && !person.firstName && name.lastName)
      await tx.person.update({ where: { id: person.id }, data: name });
    return userOf(tx, person.id, "EDS", at, ip);
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
    const user = await userForCertificate(verified, at, client.ip);
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
