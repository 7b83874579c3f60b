import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import type { Actor } from "@/lib/auth/actor";
import { groupFor } from "@/lib/attendance/group-access";
import { markAttendance } from "@/lib/attendance/mark-attendance";

// Applies the reason a parent gave in answer to a notice to the child's "reason unknown" marks of
// those days. Each day is one ordinary correction (history, audit, confirmed-month rules), so
// applying twice changes nothing the second time.
export async function applyNoticeAnswer(actor: Actor, noticeId: string, now: Date): Promise<number> {
  const notice = await prisma.absenceNotice.findUnique({ where: { id: noticeId } });
  if (!notice) throw new AppError("not_found");
  await groupFor(actor, notice.groupId, "attendance.mark");
  if (notice.kind !== "UNEXPLAINED" || notice.status !== "ANSWERED" || !notice.answerReason) throw new AppError("invalid_input");
  const marks = await prisma.attendanceMark.findMany({
    where: { childId: notice.childId, groupId: notice.groupId, date: { gte: notice.dateFrom, lte: notice.dateTo }, status: "ABSENT", reason: "UNKNOWN" },
  });
  for (const m of marks) {
    await markAttendance(actor, {
      groupId: notice.groupId, childId: notice.childId, date: dbDateToYmd(m.date), status: "ABSENT", reason: notice.answerReason,
      correctionReason: `absence-notice:${notice.id}`,
    }, now);
  }
  await prisma.$transaction(async (tx) => {
    const after = await tx.absenceNotice.update({ where: { id: notice.id }, data: { status: "APPLIED", appliedAt: now } });
    await audit(tx, { actorPersonId: actor.personId, action: "absence_notice.apply", entityType: "AbsenceNotice", entityId: notice.id, organizationId: notice.organizationId, before: notice, after });
  });
  return marks.length;
}
