import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { refuse, refuseIfAny, runRefusable, type Outcome } from "@/lib/action/refusal";
import type { AuthorityAdminContext as AuthorityContext } from "@/lib/auth/audiences";
import { birthYearFits, scheduleDateErrors } from "./rules";
import type { ScheduleInput } from "./schemas";

const dates = (d: { priorityFrom: Date; priorityTo: Date; generalFrom: Date }) => ({
  priorityFrom: dbDateToYmd(d.priorityFrom),
  priorityTo: dbDateToYmd(d.priorityTo),
  generalFrom: dbDateToYmd(d.generalFrom),
});

// The department's schedule of a year, by birth year (youngest last), with the kindergartens' shifts.
export async function listSchedules(authorityId: string, year: number) {
  const rows = await prisma.recruitmentSchedule.findMany({
    where: { authorityId, year },
    include: {
      shifts: {
        include: {
          organization: { select: { id: true, shortNameKk: true, shortNameRu: true } },
          enteredBy: { select: { lastName: true, firstName: true, middleName: true } },
        },
        orderBy: { priorityFrom: "asc" },
      },
    },
    orderBy: [{ priorityFrom: "asc" }, { birthYear: "desc" }],
  });
  return rows.map((s) => ({
    id: s.id,
    year: s.year,
    birthYear: s.birthYear,
    ...dates(s),
    shifts: s.shifts.map((sh) => ({
      id: sh.id,
      organization: sh.organization,
      reason: sh.reason,
      enteredBy: sh.enteredBy,
      enteredAt: sh.enteredAt,
      ...dates(sh),
    })),
  }));
}

export type ScheduleRow = Awaited<ReturnType<typeof listSchedules>>[number];

// The years the department has schedules for, newest first.
export async function scheduleYears(authorityId: string): Promise<number[]> {
  const rows = await prisma.recruitmentSchedule.findMany({
    where: { authorityId },
    distinct: ["year"],
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return rows.map((r) => r.year);
}

// Adds or corrects a birth year's dates in the department's schedule; one line per year and birth year.
export async function saveSchedule(ctx: AuthorityContext, input: ScheduleInput): Promise<Outcome<string>> {
  return runRefusable(async (tx) => {
    const errors = scheduleDateErrors(input.year, input);
    if (!birthYearFits(input.year, input.birthYear)) errors.birthYear = "validation.recruitment.birthYear";
    refuseIfAny(errors);
    const data = {
      year: input.year,
      birthYear: input.birthYear,
      priorityFrom: ymdToDbDate(input.priorityFrom),
      priorityTo: ymdToDbDate(input.priorityTo),
      generalFrom: ymdToDbDate(input.generalFrom),
    };
    const twin = await tx.recruitmentSchedule.findFirst({
      where: {
        authorityId: ctx.organizationId,
        year: input.year,
        birthYear: input.birthYear,
        ...(input.id ? { id: { not: input.id } } : {}),
      },
    });
    if (twin) refuse({ birthYear: "validation.recruitment.duplicate" });
    const common = {
      actorPersonId: ctx.actor.personId,
      entityType: "RecruitmentSchedule",
      organizationId: ctx.organizationId,
    };
    if (!input.id) {
      const created = await tx.recruitmentSchedule.create({
        data: { ...data, authorityId: ctx.organizationId },
      });
      await audit(tx, { ...common, action: "recruitment.create", entityId: created.id, after: created });
      return created.id;
    }
    const before = await tx.recruitmentSchedule.findFirst({
      where: { id: input.id, authorityId: ctx.organizationId },
    });
    if (!before) throw new AppError("not_found");
    const after = await tx.recruitmentSchedule.update({ where: { id: before.id }, data });
    await audit(tx, { ...common, action: "recruitment.update", entityId: after.id, before, after });
    return after.id;
  });
}

// Removes a birth year's line (and the kindergartens' shifts within it) from the department's schedule.
export async function deleteSchedule(ctx: AuthorityContext, id: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.recruitmentSchedule.findFirst({
      where: { id, authorityId: ctx.organizationId },
      include: { shifts: true },
    });
    if (!before) throw new AppError("not_found");
    await tx.recruitmentShift.deleteMany({ where: { scheduleId: id } });
    await tx.recruitmentSchedule.delete({ where: { id } });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "recruitment.delete",
      entityType: "RecruitmentSchedule",
      entityId: id,
      organizationId: ctx.organizationId,
      before,
    });
  });
}
