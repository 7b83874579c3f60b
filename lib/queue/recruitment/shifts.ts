import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { refuseIfAny, runRefusable, type Outcome } from "@/lib/action/refusal";
import type { AuthorityAdminContext as AuthorityContext } from "@/lib/auth/audiences";
import type { Tx } from "@/lib/db/prisma";
import { scheduleDateErrors, type ScheduleDates } from "./rules";
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
export async function saveShift(
  ctx: AuthorityContext,
  input: ShiftInput,
  now: Date = new Date(),
): Promise<Outcome<string>> {
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
    return writeShift(tx, {
      actorPersonId: ctx.actor.personId,
      auditOrganizationId: ctx.organizationId,
      schedule,
      organizationId: kg.id,
      input,
      now,
    });
  });
}

/** What a shift is written with, by the department or by the kindergarten itself. */
type ShiftWrite = {
  actorPersonId: string;
  /** Whose audit trail records it: the department's or the kindergarten's. */
  auditOrganizationId: string;
  schedule: { id: string; year: number };
  organizationId: string;
  input: ScheduleDates & { reason: string };
  now?: Date;
};

// Creates or replaces the kindergarten's shift of a schedule line (the date rules checked first), audited
// with who entered it.
export async function writeShift(tx: Tx, w: ShiftWrite): Promise<string> {
  refuseIfAny(scheduleDateErrors(w.schedule.year, w.input));
  const key = { scheduleId: w.schedule.id, organizationId: w.organizationId };
  const data = {
    priorityFrom: ymdToDbDate(w.input.priorityFrom),
    priorityTo: ymdToDbDate(w.input.priorityTo),
    generalFrom: ymdToDbDate(w.input.generalFrom),
    reason: w.input.reason,
    enteredById: w.actorPersonId,
    enteredAt: w.now ?? new Date(),
  };
  const before = await tx.recruitmentShift.findUnique({ where: { scheduleId_organizationId: key } });
  const after = await tx.recruitmentShift.upsert({
    where: { scheduleId_organizationId: key },
    create: { ...data, ...key },
    update: data,
  });
  await audit(tx, {
    actorPersonId: w.actorPersonId,
    action: before ? "recruitment_shift.update" : "recruitment_shift.create",
    entityType: "RecruitmentShift",
    entityId: after.id,
    organizationId: w.auditOrganizationId,
    before,
    after,
  });
  return after.id;
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
