import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import type { MarkInput } from "./rules";

// Keeps absence notices in step with a mark: an absence with no known reason sends a notice to
// the parents' cabinet (once per child-day); when the reason becomes known or the child turns out
// present, an unanswered notice for that day is cancelled. Each is audited.
export async function applyNoticeEffects(
  tx: Tx,
  o: {
    actor: Actor;
    childId: string;
    groupId: string;
    organizationId: string;
    date: Date;
    next: MarkInput;
    now: Date;
  },
) {
  const open = await tx.absenceNotice.findFirst({
    where: {
      childId: o.childId,
      kind: "UNEXPLAINED",
      status: { in: ["SENT", "ANSWERED"] },
      dateFrom: { lte: o.date },
      dateTo: { gte: o.date },
    },
  });
  if (o.next.status === "ABSENT" && o.next.reason === "UNKNOWN") {
    if (!open) {
      const notice = await tx.absenceNotice.create({
        data: {
          kind: "UNEXPLAINED",
          childId: o.childId,
          groupId: o.groupId,
          organizationId: o.organizationId,
          dateFrom: o.date,
          dateTo: o.date,
          createdById: o.actor.personId,
          createdAt: o.now,
        },
      });
      await audit(tx, {
        actorPersonId: o.actor.personId,
        action: "absence_notice.send",
        entityType: "AbsenceNotice",
        entityId: notice.id,
        organizationId: o.organizationId,
        after: { kind: notice.kind, status: notice.status, childId: o.childId, date: notice.dateFrom },
      });
    }
    return;
  }
  if (open && open.status === "SENT") {
    await tx.absenceNotice.update({ where: { id: open.id }, data: { status: "CANCELLED" } });
    await audit(tx, {
      actorPersonId: o.actor.personId,
      action: "absence_notice.cancel_by_mark",
      entityType: "AbsenceNotice",
      entityId: open.id,
      organizationId: o.organizationId,
      before: { status: open.status },
      after: { status: "CANCELLED", childId: o.childId, mark: o.next.status },
    });
  }
}
