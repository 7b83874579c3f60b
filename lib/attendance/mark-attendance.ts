import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { localDate } from "@/lib/calendar/zone";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { loadCalendarData } from "@/lib/kindergarten/calendar/working-calendar";
import { buildKindergartenCalendar } from "@/lib/kindergarten/calendar/day-kinds";
import { lockSheet } from "@/lib/timesheet/lock";
import type { Actor } from "@/lib/auth/actor";
import { cellBlock, correctionNeedsReason, markChanged, normalizeMark } from "./rules";
import { groupFor } from "./group-access";
import { applyNoticeEffects } from "./notice-effects";
import { reopenConfirmedMonth } from "./timesheet-effects";
import type { MarkRequest } from "./schemas";

const BLOCK_ERROR = {
  future: "attendance_future_day",
  non_working: "attendance_non_working_day",
  not_enrolled: "attendance_not_enrolled",
} as const;

// Checks one child-day can be marked in this group now; returns what the write needs.
export async function checkMarkable(
  tx: Tx,
  actor: Actor,
  groupId: string,
  childId: string,
  date: string,
  now: Date,
) {
  const group = await groupFor(actor, groupId, "attendance.mark", tx);
  const calendar = buildKindergartenCalendar(
    await loadCalendarData(tx, group.organizationId, date, date),
    date,
    date,
  );
  const enrolled = await tx.enrolment.count({
    where: {
      childId,
      groupId,
      startsOn: { lte: ymdToDbDate(date) },
      OR: [{ endsOn: null }, { endsOn: { gte: ymdToDbDate(date) } }],
    },
  });
  const block = cellBlock(
    { ymd: date, kind: calendar.dayKind(date) },
    localDate(now, group.organization.timeZone),
    enrolled > 0,
  );
  if (block) throw new AppError(BLOCK_ERROR[block]);
  return group;
}

// Marks or corrects one child-day: history row, audit record, absence notice for an unexplained
// absence, and — for a month the parent confirmed — a required reason and a reopened confirmation.
// Pass `db` to make the mark part of a larger transaction.
export async function markAttendance(actor: Actor, req: MarkRequest, now: Date, db?: Tx) {
  const inTx = <T>(fn: (tx: Tx) => Promise<T>) => (db ? fn(db) : prisma.$transaction(fn));
  return inTx(async (tx) => {
    const group = await checkMarkable(tx, actor, req.groupId, req.childId, req.date, now);
    const date = ymdToDbDate(req.date);
    const [y, m] = req.date.split("-").map(Number) as [number, number];
    // From here on the child's month is ours: a confirmation or another mark of it waits, and what is
    // read below is what they committed (a second first mark of the day finds the first one).
    await lockSheet(tx, { childId: req.childId, organizationId: group.organizationId, year: y, month: m });
    const prev = await tx.attendanceMark.findUnique({
      where: { childId_date: { childId: req.childId, date } },
    });
    const planned = await tx.absenceNotice.findFirst({
      where: {
        childId: req.childId,
        kind: "PLANNED",
        status: { not: "CANCELLED" },
        dateFrom: { lte: date },
        dateTo: { gte: date },
        reason: { not: null },
      },
    });
    // An absence the parent announced in advance carries its reason into the mark.
    const next = normalizeMark({
      status: req.status,
      reason: req.status === "ABSENT" && !req.reason && planned ? planned.reason : req.reason,
    });
    const changed = markChanged(prev && { status: prev.status, reason: prev.reason }, next);
    if (!changed) return prev!;
    const timesheet = await tx.timesheet.findUnique({
      where: {
        childId_organizationId_year_month: {
          childId: req.childId,
          organizationId: group.organizationId,
          year: y,
          month: m,
        },
      },
      include: { confirmations: { select: { id: true }, take: 1 } }, // one row by the index, not a count
    });
    const confirmedBefore = (timesheet?.confirmations.length ?? 0) > 0;
    if (correctionNeedsReason(confirmedBefore, changed) && !req.correctionReason)
      throw new AppError("correction_reason_required");
    const data = {
      status: next.status,
      reason: next.reason,
      markedById: actor.personId,
      markedAt: now,
      groupId: group.id,
      organizationId: group.organizationId,
    };
    const mark = prev
      ? await tx.attendanceMark.update({
          where: { id: prev.id },
          data: {
            ...data,
            version: { increment: 1 },
            correctedAfterConfirmation: prev.correctedAfterConfirmation || confirmedBefore,
          },
        })
      : await tx.attendanceMark.create({
          data: { ...data, childId: req.childId, date, correctedAfterConfirmation: confirmedBefore },
        });
    await tx.attendanceMarkRevision.create({
      data: {
        markId: mark.id,
        prevStatus: prev?.status ?? null,
        prevReason: prev?.reason ?? null,
        newStatus: next.status,
        newReason: next.reason,
        reason: req.correctionReason ?? null,
        changedById: actor.personId,
        changedAt: now,
      },
    });
    if (timesheet && confirmedBefore)
      await reopenConfirmedMonth(tx, {
        timesheetId: timesheet.id,
        organizationId: group.organizationId,
        actorPersonId: actor.personId,
        now,
      });
    await applyNoticeEffects(tx, {
      actor,
      childId: req.childId,
      groupId: group.id,
      organizationId: group.organizationId,
      date,
      next,
      now,
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: prev ? "attendance.correct" : "attendance.mark",
      entityType: "AttendanceMark",
      entityId: mark.id.toString(),
      organizationId: group.organizationId,
      before: prev && { status: prev.status, reason: prev.reason },
      after: { ...next, date: req.date, correctionReason: req.correctionReason },
    });
    return mark;
  });
}
