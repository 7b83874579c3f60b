import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import type { ManagerContext } from "@/lib/auth/audiences";
import { Refusal } from "@/lib/action/refusal";
import type { ClosureInput } from "./schemas";
import { buildKindergartenCalendar } from "./day-kinds";
import { loadCalendarData } from "./working-calendar";

// The kindergarten's closure days, earliest first.
export async function listClosures(organizationId: string) {
  return prisma.orgClosure.findMany({ where: { organizationId }, orderBy: { date: "asc" } });
}

// Closes the kindergarten for a day (repairs, quarantine…). The day must be inside a school year
// and a working day of the national calendar, and no attendance may be marked on it yet.
export async function addClosure(ctx: ManagerContext, input: ClosureInput) {
  return prisma.$transaction(async (tx) => {
    const calendar = buildKindergartenCalendar(
      await loadCalendarData(tx, ctx.organizationId, input.date, input.date),
      input.date,
      input.date,
    );
    const kind = calendar.dayKind(input.date);
    if (kind === "outside_school_year") throw new Refusal("validation.closureOutsideYear", "date");
    if (kind === "closure") throw new Refusal("validation.closureExists", "date");
    if (kind !== "working") throw new Refusal("validation.alreadyDayOff", "date");
    const date = ymdToDbDate(input.date);
    const marks = await tx.attendanceMark.count({ where: { organizationId: ctx.organizationId, date } });
    if (marks > 0) throw new Refusal("validation.closureHasMarks", "date", { count: marks });
    const created = await tx.orgClosure.create({
      data: { organizationId: ctx.organizationId, date, reason: input.reason },
    });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "closure.create",
      entityType: "OrgClosure",
      entityId: created.id,
      organizationId: ctx.organizationId,
      after: created,
    });
    return created;
  });
}

// Removes a closure day: the day becomes what the national calendar says again.
export async function removeClosure(ctx: ManagerContext, id: string) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.orgClosure.findFirst({ where: { id, organizationId: ctx.organizationId } });
    if (!before) throw new AppError("not_found");
    await tx.orgClosure.delete({ where: { id } });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "closure.delete",
      entityType: "OrgClosure",
      entityId: id,
      organizationId: ctx.organizationId,
      before,
    });
    return before;
  });
}
