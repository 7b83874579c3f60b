import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import type { Actor } from "@/lib/auth/actor";
import { checkMarkable } from "./mark-attendance";
import { groupFor } from "./group-access";

// "Everyone present today": marks every child enrolled on the day who has no mark yet as present,
// in one transaction; existing marks (the exceptions already noted) are left as they are.
export async function markAllPresent(actor: Actor, groupId: string, ymd: string, now: Date): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const group = await groupFor(actor, groupId, "attendance.mark", tx);
    const date = ymdToDbDate(ymd);
    const enrolments = await tx.enrolment.findMany({
      where: { groupId, startsOn: { lte: date }, OR: [{ endsOn: null }, { endsOn: { gte: date } }] },
      select: { childId: true },
    });
    const marked = new Set(
      (
        await tx.attendanceMark.findMany({
          where: { date, childId: { in: enrolments.map((e) => e.childId) } },
          select: { childId: true },
        })
      ).map((m) => m.childId),
    );
    const todo = [...new Set(enrolments.map((e) => e.childId))].filter((id) => !marked.has(id));
    if (todo.length === 0) return 0;
    // The day itself (working, not future) is checked once, with the first child.
    await checkMarkable(tx, actor, groupId, todo[0]!, ymd, now);
    await tx.attendanceMark.createMany({
      data: todo.map((childId) => ({
        childId,
        date,
        status: "PRESENT" as const,
        groupId,
        organizationId: group.organizationId,
        markedById: actor.personId,
        markedAt: now,
      })),
      skipDuplicates: true,
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "attendance.mark_all_present",
      entityType: "Group",
      entityId: groupId,
      organizationId: group.organizationId,
      after: { date: ymd, children: todo },
    });
    return todo.length;
  });
}
