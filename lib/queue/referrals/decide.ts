import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/audit";
import { Refusal } from "@/lib/action/refusal";
import { addHistory } from "@/lib/queue/applications/history";
import { returnPlaceToPool } from "@/lib/queue/places/return-place";
import { referralDecisionProblem } from "./rules";
import { lockOwnReferral } from "./own-referral";

/** What the parent answers to a referral: take the place, refuse this place (stay in the queue), refuse the voucher (leave the queue). */
export type ReferralDecision = "accept" | "refuse_place" | "refuse_voucher";

// The parent decides on an issued referral while it is valid (refused otherwise, nothing written):
// - accept: the referral is ACCEPTED; the kindergarten's enrolment by order later makes it ENROLLED;
// - refuse_place: the referral is REFUSED, the application returns to WAITING with its original date,
//   and the place returns to the pool;
// - refuse_voucher: as refuse_place, but the application is REMOVED from the queue (SPEC §5).
// Each with a history entry and an audit record, in one transaction.
export async function decideReferral(
  actor: Actor,
  referralId: string,
  decision: ReferralDecision,
  now: Date,
) {
  authorize(actor, "cabinet.use");
  return prisma.$transaction(async (tx) => {
    const before = await lockOwnReferral(tx, actor, referralId);
    const problem = referralDecisionProblem(before, now);
    if (problem) throw new Refusal(problem);
    const { application: app, place, ...referralBefore } = before;
    const status = decision === "accept" ? "ACCEPTED" : "REFUSED";
    const after = await tx.referral.update({ where: { id: before.id }, data: { status, decidedAt: now } });
    const details = { referral: before.number };
    if (decision === "accept") {
      await addHistory(tx, app.id, "referral_accepted", details, now);
    } else {
      const appAfter = await tx.queueApplication.update({
        where: { id: app.id },
        data: { status: decision === "refuse_place" ? "WAITING" : "REMOVED" },
      });
      await addHistory(
        tx,
        app.id,
        decision === "refuse_place" ? "referral_refused" : "voucher_refused",
        details,
        now,
      );
      await audit(tx, {
        actorPersonId: actor.personId,
        action: `queue.${decision}`,
        entityType: "QueueApplication",
        entityId: app.id,
        organizationId: place.organizationId,
        before: app,
        after: appAfter,
      });
      await returnPlaceToPool(tx, place.id, now, {
        referral: before.number,
        cause: "refused",
        actorPersonId: actor.personId,
      });
    }
    await audit(tx, {
      actorPersonId: actor.personId,
      action: `referral.${decision}`,
      entityType: "Referral",
      entityId: before.id,
      organizationId: place.organizationId,
      before: referralBefore,
      after,
    });
    return after;
  });
}
