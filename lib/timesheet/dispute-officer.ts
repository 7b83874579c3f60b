import "server-only";
import { prisma } from "@/lib/db/prisma";
import { maskIin } from "@/lib/iin/iin";
import { kindergartensUnder } from "@/lib/queue/blocking/authority";
import type { AuthorityContext } from "@/lib/auth/audiences";

/** The officer's list: waiting for a decision, or decided. */
export type OfficerTab = "escalated" | "decided";
export const OFFICER_LIST_LIMIT = 200;

// The disputes of the kindergartens under the officer's authority that were taken to the department:
// those waiting for a decision by their deadline (the most urgent first), or those decided (newest
// first); the child's IIN masked, the parent's reason, the kindergarten's answer and the escalation.
export async function officerDisputes(ctx: AuthorityContext, tab: OfficerTab) {
  const orgIds = await kindergartensUnder(ctx.organizationId);
  const rows = await prisma.timesheetDispute.findMany({
    where: {
      timesheet: { organizationId: { in: orgIds } },
      status: tab === "escalated" ? "ESCALATED" : { in: ["UPHELD_KINDERGARTEN", "UPHELD_PARENT"] },
    },
    include: {
      timesheet: {
        select: {
          year: true,
          month: true,
          organization: { select: { id: true, shortNameKk: true, shortNameRu: true, timeZone: true } },
          child: { select: { lastName: true, firstName: true, middleName: true, iin: true } },
        },
      },
      parent: { select: { lastName: true, firstName: true, middleName: true } },
      answeredBy: { select: { lastName: true, firstName: true, middleName: true } },
      decidedBy: { select: { lastName: true, firstName: true, middleName: true } },
    },
    orderBy: tab === "escalated" ? [{ decideBy: "asc" }, { escalatedAt: "asc" }] : [{ decidedAt: "desc" }],
    take: OFFICER_LIST_LIMIT,
  });
  return rows.map(({ timesheet: { child, ...ts }, ...d }) => ({
    ...d,
    timesheet: ts,
    child: { ...child, iin: child.iin ? maskIin(child.iin) : null },
    days: Array.isArray(d.days) ? (d.days as string[]) : [],
  }));
}
export type OfficerDispute = Awaited<ReturnType<typeof officerDisputes>>[number];

// How many disputes wait for the officer's decision (the tab's count).
export async function escalatedCount(ctx: AuthorityContext): Promise<number> {
  const orgIds = await kindergartensUnder(ctx.organizationId);
  return prisma.timesheetDispute.count({
    where: { status: "ESCALATED", timesheet: { organizationId: { in: orgIds } } },
  });
}
