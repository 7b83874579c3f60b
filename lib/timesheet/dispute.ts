import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { orgPathOf } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/actor";
import { openSheet, type SheetRef } from "./sheet-access";

// How long after the kindergarten answers a dispute the parent may still confirm, when the
// regular window has closed: 5 calendar days (docs/TIMESHEETS.md says why).
export const GRACE_DAYS = 5;

// The parent disagrees with the month's data, with a reason and optionally the days concerned.
// A disputed month does not count towards annulling the voucher.
export async function disputeTimesheet(
  actor: Actor,
  ref: SheetRef & { reason: string; days: string[] },
  now: Date,
) {
  return prisma.$transaction(async (tx) => {
    const { sheet } = await openSheet(tx, actor, ref, now);
    const prefix = `${ref.year}-${String(ref.month).padStart(2, "0")}-`;
    const days = [...new Set(ref.days)].filter((d) => d.startsWith(prefix)).sort();
    const dispute = await tx.timesheetDispute.create({
      data: { timesheetId: sheet.id, parentId: actor.personId, reason: ref.reason, days, createdAt: now },
    });
    await tx.timesheet.update({ where: { id: sheet.id }, data: { status: "DISPUTED" } });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "timesheet.dispute",
      entityType: "Timesheet",
      entityId: sheet.id,
      organizationId: ref.organizationId,
      before: { status: sheet.status },
      after: { status: "DISPUTED", disputeId: dispute.id, reason: ref.reason, days },
    });
    return dispute;
  });
}

// Whether the staff member may answer disputes of this child at this kindergarten: its manager,
// or an educator of a group the child was in during the month.
async function mayAnswer(actor: Actor, organizationId: string, childId: string, year: number, month: number) {
  const orgPath = await orgPathOf(organizationId);
  if (can(actor, "kindergarten.manage", { organizationId })) return true;
  const groups = await prisma.enrolment.findMany({
    where: {
      childId,
      organizationId,
      startsOn: { lt: new Date(Date.UTC(year, month, 1)) },
      OR: [{ endsOn: null }, { endsOn: { gte: new Date(Date.UTC(year, month - 1, 1)) } }],
    },
    select: { groupId: true },
  });
  return groups.some((g) => can(actor, "group.read", { organizationId, groupId: g.groupId, orgPath }));
}

// The kindergarten answers a dispute (after correcting the marks in the grid if it agrees); the
// parent sees the answer and may confirm — past the 10th too, for GRACE_DAYS after the answer.
export async function answerDispute(actor: Actor, disputeId: string, answer: string, now: Date) {
  const dispute = await prisma.timesheetDispute.findUnique({
    where: { id: disputeId },
    include: { timesheet: true },
  });
  if (!dispute) throw new AppError("not_found");
  const ts = dispute.timesheet;
  if (!(await mayAnswer(actor, ts.organizationId, ts.childId, ts.year, ts.month)))
    throw new AppError("forbidden");
  return prisma.$transaction(async (tx) => {
    const after = await tx.timesheetDispute.update({
      where: { id: disputeId },
      data: { answer, answeredById: actor.personId, answeredAt: now },
    });
    const graceUntil = new Date(now.getTime() + GRACE_DAYS * 24 * 3600_000);
    await tx.timesheet.update({
      where: { id: ts.id },
      data: { graceUntil: ts.graceUntil && ts.graceUntil > graceUntil ? ts.graceUntil : graceUntil },
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "timesheet.dispute_answer",
      entityType: "TimesheetDispute",
      entityId: disputeId,
      organizationId: ts.organizationId,
      before: { answer: dispute.answer },
      after: { answer, graceUntil },
    });
    return after;
  });
}

// Disputes of the months the staff member may answer, unanswered first.
export async function staffDisputes(actor: Actor, organizationId: string) {
  const rows = await prisma.timesheetDispute.findMany({
    where: { timesheet: { organizationId } },
    include: { timesheet: { include: { child: true } }, parent: true, answeredBy: true },
    orderBy: [{ answeredAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    take: 200,
  });
  const allowed = await Promise.all(
    rows.map((r) =>
      mayAnswer(actor, organizationId, r.timesheet.childId, r.timesheet.year, r.timesheet.month),
    ),
  );
  return rows.filter((_, i) => allowed[i]);
}
