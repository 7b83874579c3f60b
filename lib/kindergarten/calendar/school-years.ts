import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import type { ManagerContext } from "@/lib/auth/audiences";
import { Refusal } from "@/lib/action/refusal";
import type { SchoolYearInput } from "./schemas";
import {
  dottedDate,
  inSpan,
  schoolYearProblems,
  schoolYearSpan,
  spansOverlap,
  type SchoolYearDates,
} from "./rules";

// A stored school year as YYYY-MM-DD strings.
export function schoolYearDates(y: {
  startsOn: Date;
  endsOn: Date;
  summerStartsOn: Date | null;
  summerEndsOn: Date | null;
}): SchoolYearDates {
  return {
    startsOn: dbDateToYmd(y.startsOn),
    endsOn: dbDateToYmd(y.endsOn),
    summerStartsOn: y.summerStartsOn ? dbDateToYmd(y.summerStartsOn) : null,
    summerEndsOn: y.summerEndsOn ? dbDateToYmd(y.summerEndsOn) : null,
  };
}

// The kindergarten's school years, earliest first.
export async function listSchoolYears(organizationId: string) {
  return prisma.schoolYear.findMany({ where: { organizationId }, orderBy: { startsOn: "asc" } });
}

// Creates or edits a school year. Refused when its dates break the rules of rules.ts, when it
// overlaps another year of the kindergarten (summer included) or when an edit would leave a
// closure day outside every school year.
export async function saveSchoolYear(ctx: ManagerContext, input: SchoolYearInput) {
  const problem = schoolYearProblems(input)[0]; // the schema checks these too; callers may not use it
  if (problem) throw new Refusal(problem.key, problem.field);
  return prisma.$transaction(async (tx) => {
    const before = input.id
      ? await tx.schoolYear.findFirst({ where: { id: input.id, organizationId: ctx.organizationId } })
      : null;
    if (input.id && !before) throw new AppError("not_found");
    const others = (
      await tx.schoolYear.findMany({
        where: { organizationId: ctx.organizationId, NOT: before ? { id: before.id } : undefined },
      })
    ).map(schoolYearDates);
    const span = schoolYearSpan(input);
    const overlapping = others.map(schoolYearSpan).find((s) => spansOverlap(s, span));
    if (overlapping)
      throw new Refusal("validation.yearOverlap", "startsOn", {
        from: dottedDate(overlapping.from),
        to: dottedDate(overlapping.to),
      });
    if (before) {
      const spans = [span, ...others.map(schoolYearSpan)];
      const closures = await tx.orgClosure.findMany({ where: { organizationId: ctx.organizationId } });
      const orphaned = closures.filter((c) => !spans.some((s) => inSpan(dbDateToYmd(c.date), s))).length;
      if (orphaned > 0) throw new Refusal("validation.yearLeavesClosures", undefined, { count: orphaned });
    }
    const data = {
      startsOn: ymdToDbDate(input.startsOn),
      endsOn: ymdToDbDate(input.endsOn),
      summerStartsOn: input.summerStartsOn ? ymdToDbDate(input.summerStartsOn) : null,
      summerEndsOn: input.summerEndsOn ? ymdToDbDate(input.summerEndsOn) : null,
    };
    const after = before
      ? await tx.schoolYear.update({ where: { id: before.id }, data })
      : await tx.schoolYear.create({ data: { ...data, organizationId: ctx.organizationId } });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: before ? "school_year.update" : "school_year.create",
      entityType: "SchoolYear",
      entityId: after.id,
      organizationId: ctx.organizationId,
      before: before ?? undefined,
      after,
    });
    return after;
  });
}
