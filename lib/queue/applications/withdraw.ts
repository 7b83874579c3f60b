import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { Refusal } from "@/lib/action/refusal";
import { addHistory, lockApplication } from "./history";

// The parent takes a waiting application out of the queue (status REMOVED; a new application later
// starts a new date). Only the applicant or another representative of the child on record (else not
// found); a referred application must first have its referral refused (refused otherwise).
export async function withdrawApplication(actor: Actor, applicationId: string, now: Date) {
  authorize(actor, "cabinet.use");
  return prisma.$transaction(async (tx) => {
    const found = await tx.queueApplication.findFirst({
      where: {
        id: applicationId,
        OR: [{ applicantId: actor.personId }, { childId: { in: actor.representedChildIds } }],
      },
      select: { id: true },
    });
    if (!found || !(await lockApplication(tx, found.id))) throw new AppError("not_found");
    const before = await tx.queueApplication.findUniqueOrThrow({ where: { id: found.id } });
    if (before.status === "REFERRED") throw new Refusal("validation.queue.withdrawReferred");
    if (before.status !== "WAITING") throw new Refusal("validation.queue.notActive");
    const after = await tx.queueApplication.update({ where: { id: before.id }, data: { status: "REMOVED" } });
    await addHistory(tx, before.id, "withdrawn", { by: "parent" }, now);
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "queue.withdraw",
      entityType: "QueueApplication",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
