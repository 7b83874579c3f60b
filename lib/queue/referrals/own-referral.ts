import "server-only";
import type { Tx } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { lockApplication } from "@/lib/queue/applications/history";

// A referral of a child this parent represents on record (verified: an applicant whose claim waits for
// the district officer decides nothing), with its application,
// both rows locked for the rest of the transaction (application first, as every queue change does);
// any other id is "not found", so nothing about another family leaks.
export async function lockOwnReferral(tx: Tx, actor: Actor, referralId: string) {
  const found = await tx.referral.findFirst({
    where: {
      id: referralId,
      application: { childId: { in: actor.representedChildIds } },
    },
    select: { id: true, applicationId: true },
  });
  if (!found || !(await lockApplication(tx, found.applicationId))) throw new AppError("not_found");
  await tx.$queryRaw`SELECT id FROM "Referral" WHERE id = ${found.id} FOR UPDATE`;
  return tx.referral.findUniqueOrThrow({
    where: { id: found.id },
    include: { application: true, place: { select: { id: true, organizationId: true } } },
  });
}
