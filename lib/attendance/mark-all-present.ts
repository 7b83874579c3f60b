import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { lockSheets } from "@/lib/timesheet/lock";
import type { Actor } from "@/lib/auth/actor";
import { checkMarkable } from "./mark-attendance";
import { groupFor } from "./group-access";
import { correctionNeedsReason } from "./rules";

// What "everyone present" did: how many children it marked (and who, so the grid can show them without
// rendering the page again), and how many it left for the educator because their parent has confirmed
// the month (see below).
export type MarkAllResult = { marked: number; skipped: number; children: string[] };

// "Everyone present today": marks every child enrolled on the day who has no mark yet as present,
// in one transaction, each with its history row like a single mark; existing marks (the exceptions
// already noted) are left as they are. A child whose month the parent has confirmed is skipped: a
// change to a signed month needs a written reason, is flagged and reopens the confirmation
// (`correctionNeedsReason`, as for a single mark), and a reason typed once can't honestly stand for
// a whole group — so the educator marks those children one by one, with the reason, and is told how
// many were left. The children's months are locked (lockSheets), so a confirmation arriving at the
// same moment either comes first (and the child is skipped) or sees the new marks (and is refused as
// changed).
export async function markAllPresent(
  actor: Actor,
  groupId: string,
  ymd: string,
  now: Date,
): Promise<MarkAllResult> {
  return prisma.$transaction(async (tx) => {
    const group = await groupFor(actor, groupId, "attendance.mark", tx);
    const date = ymdToDbDate(ymd);
    const [year, month] = ymd.split("-").map(Number) as [number, number];
    const enrolled = [
      ...new Set(
        (
          await tx.enrolment.findMany({
            where: { groupId, startsOn: { lte: date }, OR: [{ endsOn: null }, { endsOn: { gte: date } }] },
            select: { childId: true },
          })
        ).map((e) => e.childId),
      ),
    ].sort();
    if (enrolled.length === 0) return { marked: 0, skipped: 0, children: [] };
    // The day itself (working, not future) is checked once, with the first child.
    await checkMarkable(tx, actor, groupId, enrolled[0]!, ymd, now);
    const organizationId = group.organizationId;
    await lockSheets(tx, { organizationId, year, month, childIds: enrolled });
    const marked = new Set(
      (
        await tx.attendanceMark.findMany({
          where: { date, childId: { in: enrolled } },
          select: { childId: true },
        })
      ).map((m) => m.childId),
    );
    const unmarked = enrolled.filter((id) => !marked.has(id));
    const confirmed = new Set(
      (
        await tx.timesheet.findMany({
          where: { organizationId, year, month, childId: { in: unmarked }, confirmations: { some: {} } },
          select: { childId: true },
        })
      ).map((t) => t.childId),
    );
    const skipped = unmarked.filter((id) => correctionNeedsReason(confirmed.has(id), true));
    const todo = unmarked.filter((id) => !skipped.includes(id));
    if (todo.length === 0) return { marked: 0, skipped: skipped.length, children: [] };
    const created = await tx.attendanceMark.createManyAndReturn({
      data: todo.map((childId) => ({
        childId,
        date,
        status: "PRESENT" as const,
        groupId,
        organizationId,
        markedById: actor.personId,
        markedAt: now,
      })),
      skipDuplicates: true,
      select: { id: true, childId: true },
    });
    await tx.attendanceMarkRevision.createMany({
      data: created.map((m) => ({
        markId: m.id,
        prevStatus: null,
        prevReason: null,
        newStatus: "PRESENT" as const,
        newReason: null,
        changedById: actor.personId,
        changedAt: now,
      })),
    });
    // As for a single "present": an unanswered notice about the day is no longer needed.
    const cancelled = created.length
      ? await tx.absenceNotice.updateManyAndReturn({
          where: {
            childId: { in: created.map((m) => m.childId) },
            kind: "UNEXPLAINED",
            status: "SENT",
            dateFrom: { lte: date },
            dateTo: { gte: date },
          },
          data: { status: "CANCELLED" },
          select: { id: true, childId: true },
        })
      : [];
    for (const n of cancelled)
      await audit(tx, {
        actorPersonId: actor.personId,
        action: "absence_notice.cancel_by_mark",
        entityType: "AbsenceNotice",
        entityId: n.id,
        organizationId,
        before: { status: "SENT" },
        after: { status: "CANCELLED", childId: n.childId, mark: "PRESENT" },
      });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "attendance.mark_all_present",
      entityType: "Group",
      entityId: groupId,
      organizationId,
      after: { date: ymd, children: created.map((m) => m.childId).sort(), skipped },
    });
    return { marked: created.length, skipped: skipped.length, children: created.map((m) => m.childId) };
  });
}
