import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { addHistory, lockApplication } from "@/lib/queue/applications/history";
import { markPlaceEnrolled } from "@/lib/queue/places/enrol-place";

type Enrolled = {
  childId: string;
  organizationId: string;
  enrolmentId: string;
  actorPersonId: string;
  at: Date;
};

// Turns the child's referral to this kindergarten into a contingent record when the kindergarten
// enrols the child by order (call it inside the enrolment's transaction, after creating it): the
// accepted (or still issued) referral to a place of this kindergarten becomes ENROLLED, the enrolment
// points to it, the application becomes ENROLLED with a history entry, the place ENROLLED. Without
// such a referral nothing happens (a child enrolled outside the queue). Returns the referral id or null.
export async function markReferralEnrolled(tx: Tx, e: Enrolled): Promise<string | null> {
  const referral = await tx.referral.findFirst({
    where: {
      status: { in: ["ACCEPTED", "ISSUED"] },
      application: { childId: e.childId },
      place: { organizationId: e.organizationId },
    },
    orderBy: [{ status: "asc" }, { issuedAt: "desc" }],
  });
  if (!referral || !(await lockApplication(tx, referral.applicationId))) return null;
  const after = await tx.referral.update({
    where: { id: referral.id },
    data: { status: "ENROLLED", decidedAt: referral.decidedAt ?? e.at },
  });
  await tx.enrolment.update({ where: { id: e.enrolmentId }, data: { referralId: referral.id } });
  const app = await tx.queueApplication.findUniqueOrThrow({ where: { id: referral.applicationId } });
  const appAfter = await tx.queueApplication.update({ where: { id: app.id }, data: { status: "ENROLLED" } });
  await markPlaceEnrolled(tx, referral.placeId, e.at, {
    referral: referral.number,
    actorPersonId: e.actorPersonId,
  });
  await addHistory(tx, app.id, "enrolled", { referral: referral.number, enrolmentId: e.enrolmentId }, e.at);
  const base = { actorPersonId: e.actorPersonId, organizationId: e.organizationId };
  await audit(tx, {
    ...base,
    action: "referral.enrol",
    entityType: "Referral",
    entityId: referral.id,
    before: referral,
    after,
  });
  await audit(tx, {
    ...base,
    action: "queue.enrol",
    entityType: "QueueApplication",
    entityId: app.id,
    before: app,
    after: appAfter,
  });
  return referral.id;
}
