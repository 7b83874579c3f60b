import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { refuseIfAny, runRefusable, type Outcome } from "@/lib/action/refusal";
import type { AuthorityAdminContext as AuthorityContext } from "@/lib/auth/audiences";
import { scheduleDateErrors } from "./rules";
import type { ShiftInput } from "./schemas";

// The department's subordinate kindergartens, for the shift form.
export async function subordinateKindergartens(authorityId: string) {
  return prisma.organization.findMany({
    where: { parentId: authorityId, kind: "KINDERGARTEN", subordinationExcludedAt: null, archivedAt: null },
    select: { id: true, shortNameKk: true, shortNameRu: true },
    orderBy: { shortNameKk: "asc" },
  });
}

// Sets a kindergarten's own dates within a birth year's schedule (repairs, illness of the responsible
// person …), with the reason; one shift per kindergarten and line. Only the department's own schedule
// and its own subordinate kindergartens: anything else is not found.
export async function saveShift(ctx: AuthorityContext, input: ShiftInput): Promise<Outcome<string>> {
  return runRefusable(async (tx) => {
    const schedule = await tx.recruitmentSchedule.findFirst({
      where: { id: input.scheduleId, authorityId: ctx.organizationId },
    });
    const kg = await tx.organization.findFirst({
      where: {
        id: input.organizationId,
        parentId: ctx.organizationId,
        kind: "KINDERGARTEN",
        subordinationExcludedAt: null,
      },
    });
    if (!schedule || !kg) throw new AppError("not_found");
    refuseIfAny(scheduleDateErrors(schedule.year, input));
    const data = {
      priorityFrom: ymdToDbDate(input.priorityFrom),
      priorityTo: ymdToDbDate(input.priorityTo),
      generalFrom: ymdToDbDate(input.generalFrom),
      reason: input.reason,
    };
    const before = await tx.recruitmentShift.findUnique({
      where: { scheduleId_organizationId: { scheduleId: schedule.id, organizationId: kg.id } },
    });
    const after = await tx.recruitmentShift.upsert({
      where: { scheduleId_organizationId: { scheduleId: schedule.id, organizationId: kg.id } },
      create: { ...data, scheduleId: schedule.id, organizationId: kg.id },
      update: data,
    });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: before ? "recruitment_shift.update" : "recruitment_shift.create",
      entityType: "RecruitmentShift",
      entityId: after.id,
      organizationId: ctx.organizationId,
      before,
      after,
    });
    return after.id;
  });
}

// Removes a kindergarten's shift: the department's dates apply to it again.
export async function deleteShift(ctx: AuthorityContext, id: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.recruitmentShift.findFirst({
      where: { id, schedule: { authorityId: ctx.organizationId } },
    });
    if (!before) throw new AppError("not_found");
    await tx.recruitmentShift.delete({ where: { id } });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "recruitment_shift.delete",
      entityType: "RecruitmentShift",
      entityId: id,
      organizationId: ctx.organizationId,
      before,
    });
  });
}
