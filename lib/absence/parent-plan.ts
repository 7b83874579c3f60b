import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { Refusal } from "@/lib/action/refusal";
import { DEFAULT_TIME_ZONE, localDate } from "@/lib/calendar/zone";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { enrolledOn } from "@/lib/kindergarten/groups/enrolled";
import { ensureOwnChild, requireParent } from "./parent-access";
import { dmy, planDatesProblem } from "./parent-rules";
import type { PlanAbsenceInput } from "./parent-schemas";

// The parent announces a planned absence of their child in advance. Refused (nothing written):
// a child they don't represent (not found), a period starting before today or more than 90 days
// ahead in the kindergarten's time zone, a child not enrolled now or not on the first day, a period
// running past the child's stay in that kindergarten, or one overlapping another announced absence.
// The kindergarten and group are those of the enrolment on the first day.
export async function planAbsence(actor: Actor, input: PlanAbsenceInput, now: Date) {
  requireParent(actor);
  ensureOwnChild(actor, input.childId);
  return prisma.$transaction(async (tx) => {
    // One announcement per child at a time, so two overlapping ones can't slip in together.
    await tx.$queryRaw`SELECT id FROM "Person" WHERE id = ${input.childId} FOR UPDATE`;
    const from = ymdToDbDate(input.dateFrom);
    const to = ymdToDbDate(input.dateTo);
    const enrolment = await tx.enrolment.findFirst({
      where: { childId: input.childId, ...enrolledOn(from) },
      include: { organization: { select: { timeZone: true } } },
      orderBy: { startsOn: "desc" },
    });
    const today = localDate(now, enrolment?.organization.timeZone ?? DEFAULT_TIME_ZONE);
    const problem = planDatesProblem(input.dateFrom, input.dateTo, today);
    if (problem) throw new Refusal(problem.key, problem.field, problem.values);
    if (
      !(await tx.enrolment.count({ where: { childId: input.childId, ...enrolledOn(ymdToDbDate(today)) } }))
    ) {
      throw new Refusal("validation.absence.notEnrolledNow", "childId");
    }
    if (!enrolment) throw new Refusal("validation.absence.notEnrolledOn", "dateFrom");
    if (
      !(await tx.enrolment.count({
        where: { childId: input.childId, organizationId: enrolment.organizationId, ...enrolledOn(to) },
      }))
    ) {
      throw new Refusal("validation.absence.leavesBefore", "dateTo");
    }
    const clash = await tx.absenceNotice.findFirst({
      where: {
        childId: input.childId,
        kind: "PLANNED",
        status: { not: "CANCELLED" },
        dateFrom: { lte: to },
        dateTo: { gte: from },
      },
    });
    if (clash)
      throw new Refusal("validation.absence.overlap", "dateFrom", {
        from: dmy(dbDateToYmd(clash.dateFrom)),
        to: dmy(dbDateToYmd(clash.dateTo)),
      });
    const created = await tx.absenceNotice.create({
      data: {
        kind: "PLANNED",
        status: "SENT",
        childId: input.childId,
        organizationId: enrolment.organizationId,
        groupId: enrolment.groupId,
        dateFrom: from,
        dateTo: to,
        reason: input.reason,
        comment: input.comment,
        createdById: actor.personId,
        createdAt: now,
      },
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "absence_notice.plan",
      entityType: "AbsenceNotice",
      entityId: created.id,
      organizationId: created.organizationId,
      after: created,
    });
    return created;
  });
}
