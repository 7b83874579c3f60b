import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import type { Actor } from "@/lib/auth/actor";
import { groupFor } from "@/lib/attendance/group-access";
import { markAttendance } from "@/lib/attendance/mark-attendance";

// Applies the reason a parent gave in answer to a notice to the child's "reason unknown" marks of
// those days, in one transaction with the notice locked, so a parent changing the answer at the
// same moment can't leave marks and notice disagreeing. Each day is an ordinary correction
// (history, audit, confirmed-month rules); a notice already applied is refused.
export async function applyNoticeAnswer(actor: Actor, noticeId: string, now: Date): Promise<number> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "AbsenceNotice" WHERE id = ${noticeId} FOR UPDATE`;
      const notice = await tx.absenceNotice.findUnique({ where: { id: noticeId } });
      if (!notice) throw new AppError("not_found");
      await groupFor(actor, notice.groupId, "attendance.mark", tx);
      if (notice.kind !== "UNEXPLAINED" || notice.status !== "ANSWERED" || !notice.answerReason)
        throw new AppError("invalid_input");
      const marks = await tx.attendanceMark.findMany({
        where: {
          childId: notice.childId,
          groupId: notice.groupId,
          date: { gte: notice.dateFrom, lte: notice.dateTo },
          status: "ABSENT",
          reason: "UNKNOWN",
        },
      });
      for (const m of marks) {
        await markAttendance(
          actor,
          {
            groupId: notice.groupId,
            childId: notice.childId,
            date: dbDateToYmd(m.date),
            status: "ABSENT",
            reason: notice.answerReason,
            correctionReason: `absence-notice:${notice.id}`,
          },
          now,
          tx,
        );
      }
      const after = await tx.absenceNotice.update({
        where: { id: notice.id },
        data: { status: "APPLIED", appliedAt: now },
      });
      await audit(tx, {
        actorPersonId: actor.personId,
        action: "absence_notice.apply",
        entityType: "AbsenceNotice",
        entityId: notice.id,
        organizationId: notice.organizationId,
        before: notice,
        after,
      });
      return marks.length;
    },
    { timeout: 20_000 },
  );
}
