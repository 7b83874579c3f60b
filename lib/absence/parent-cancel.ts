import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { Refusal } from "@/lib/action/refusal";
import { localDate } from "@/lib/calendar/zone";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import { ownNotice, requireParent } from "./parent-access";
import { canCancelPlanned } from "./parent-rules";

// The parent cancels an absence they announced, while its first day (in the kindergarten's time
// zone) is still ahead; once it has started the kindergarten's marks take over. Audited.
export async function cancelPlannedAbsence(actor: Actor, noticeId: string, now: Date) {
  requireParent(actor);
  return prisma.$transaction(async (tx) => {
    const before = await ownNotice(tx, actor, noticeId);
    if (before.kind !== "PLANNED") throw new AppError("not_found");
    const org = await tx.organization.findUniqueOrThrow({
      where: { id: before.organizationId },
      select: { timeZone: true },
    });
    const today = localDate(now, org.timeZone);
    if (before.status === "CANCELLED") throw new Refusal("validation.absence.alreadyCancelled");
    if (
      !canCancelPlanned(
        { kind: before.kind, status: before.status, from: dbDateToYmd(before.dateFrom) },
        today,
      )
    ) {
      throw new Refusal("validation.absence.started");
    }
    const after = await tx.absenceNotice.update({ where: { id: before.id }, data: { status: "CANCELLED" } });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "absence_notice.cancel",
      entityType: "AbsenceNotice",
      entityId: before.id,
      organizationId: before.organizationId,
      before,
      after,
    });
    return after;
  });
}
