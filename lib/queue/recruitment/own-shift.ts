import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import { localDate } from "@/lib/calendar/zone";
import { refuseIfAny, runRefusable, type Outcome } from "@/lib/action/refusal";
import type { ManagerContext } from "@/lib/auth/audiences";
import { effectiveDates, ownShiftTimingErrors, type ScheduleDates } from "./rules";
import type { OwnShiftInput } from "./schemas";
import { writeShift } from "./shifts";

const ymds = (d: { priorityFrom: Date; priorityTo: Date; generalFrom: Date }): ScheduleDates => ({
  priorityFrom: dbDateToYmd(d.priorityFrom),
  priorityTo: dbDateToYmd(d.priorityTo),
  generalFrom: dbDateToYmd(d.generalFrom),
});

// The kindergarten's department and its local date at `now`.
async function kindergartenOf(organizationId: string, now: Date) {
  const kg = await prisma.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { parentId: true, timeZone: true },
  });
  return { authorityId: kg.parentId, today: localDate(now, kg.timeZone) };
}

/** A line of the department's summer schedule as the kindergarten sees it, with its own shift. */
export type OwnScheduleLine = {
  scheduleId: string;
  year: number;
  birthYear: number;
  department: ScheduleDates;
  shift:
    (ScheduleDates & { id: string; reason: string; enteredAt: Date | null; byDepartment: boolean }) | null;
  /** The dates that apply to the kindergarten, and whether it may still shift them itself. */
  effective: ScheduleDates;
  open: boolean;
};

// The department's summer-recruitment lines of this year and later, each with the kindergarten's own
// shift (who entered it: the kindergarten or the department) and whether it may still shift it.
export async function ownScheduleLines(organizationId: string, now: Date): Promise<OwnScheduleLine[]> {
  const { authorityId, today } = await kindergartenOf(organizationId, now);
  if (!authorityId) return [];
  const rows = await prisma.recruitmentSchedule.findMany({
    where: { authorityId, year: { gte: Number(today.slice(0, 4)) } },
    include: {
      shifts: {
        where: { organizationId },
        include: { enteredBy: { select: { memberships: { select: { organizationId: true } } } } },
      },
    },
    orderBy: [{ year: "asc" }, { priorityFrom: "asc" }, { birthYear: "desc" }],
  });
  return rows.map((r) => {
    const s = r.shifts[0];
    const department = ymds(r);
    const shift = s
      ? {
          id: s.id,
          ...ymds(s),
          reason: s.reason,
          enteredAt: s.enteredAt,
          byDepartment: !!s.enteredBy?.memberships.some((m) => m.organizationId === authorityId),
        }
      : null;
    const effective = effectiveDates(department, shift);
    return {
      scheduleId: r.id,
      year: r.year,
      birthYear: r.birthYear,
      department,
      shift,
      effective,
      open: today < effective.priorityFrom,
    };
  });
}

// The kindergarten shifts its own dates of a line of its department's schedule (repairs, illness of the
// responsible person …) with the reason, before its current dates begin and not into the past. Another
// department's line is not found.
export async function saveOwnShift(
  ctx: ManagerContext,
  input: OwnShiftInput,
  now: Date,
): Promise<Outcome<string>> {
  const { authorityId, today } = await kindergartenOf(ctx.organizationId, now);
  return runRefusable(async (tx) => {
    const schedule = authorityId
      ? await tx.recruitmentSchedule.findFirst({
          where: { id: input.scheduleId, authorityId },
          include: { shifts: { where: { organizationId: ctx.organizationId } } },
        })
      : null;
    if (!schedule) throw new AppError("not_found");
    const current = effectiveDates(ymds(schedule), schedule.shifts[0] ? ymds(schedule.shifts[0]) : null);
    refuseIfAny(ownShiftTimingErrors(today, current, input));
    return writeShift(tx, {
      actorPersonId: ctx.actor.personId,
      auditOrganizationId: ctx.organizationId,
      schedule,
      organizationId: ctx.organizationId,
      input,
      now,
    });
  });
}

// The kindergarten takes its shift back (the department's dates apply again), under the same timing rule.
export async function deleteOwnShift(ctx: ManagerContext, id: string, now: Date): Promise<Outcome<void>> {
  const { today } = await kindergartenOf(ctx.organizationId, now);
  return runRefusable(async (tx) => {
    const before = await tx.recruitmentShift.findFirst({
      where: { id, organizationId: ctx.organizationId },
      include: { schedule: true },
    });
    if (!before) throw new AppError("not_found");
    // Taking the shift back moves the kindergarten to the department's dates: the same rule as a shift.
    refuseIfAny(ownShiftTimingErrors(today, ymds(before), ymds(before.schedule)));
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
