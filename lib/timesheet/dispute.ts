import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { Refusal } from "@/lib/action/refusal";
import { orgPathOf } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/actor";
import { openSheet, type SheetRef } from "./sheet-access";
import { lockSheet } from "./lock";
import { GRACE_DAYS, mayDisputeAgain } from "./dispute-rules";

// How long after an answer, a decision or a correction the parent may still confirm: lib/timesheet/dispute-rules.ts.
export { GRACE_DAYS };

// The parent disagrees with the month's data, with a reason and optionally the days concerned. Until
// the dispute is decided the month is excused (lib/timesheet/dispute-rules.ts). A month whose dispute is
// still running, or was rejected or decided for the kindergarten, takes no new one (the rejection is
// answered by escalating); after the marks were changed (accepted, decided for the parent) it may.
export async function disputeTimesheet(
  actor: Actor,
  ref: SheetRef & { reason: string; days: string[] },
  now: Date,
) {
  return prisma.$transaction(async (tx) => {
    const { sheet } = await openSheet(tx, actor, ref, now);
    await lockSheet(tx, ref);
    const latest = await tx.timesheetDispute.findFirst({
      where: { timesheetId: sheet.id },
      orderBy: { createdAt: "desc" },
      select: { status: true },
    });
    if (!mayDisputeAgain(latest)) throw new Refusal("validation.disputeFlow.running");
    const current = await tx.timesheet.findUniqueOrThrow({ where: { id: sheet.id } });
    const prefix = `${ref.year}-${String(ref.month).padStart(2, "0")}-`;
    const days = [...new Set(ref.days)].filter((d) => d.startsWith(prefix)).sort();
    const dispute = await tx.timesheetDispute.create({
      data: { timesheetId: sheet.id, parentId: actor.personId, reason: ref.reason, days, createdAt: now },
    });
    await tx.timesheet.update({ where: { id: sheet.id }, data: { status: "DISPUTED" } });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "timesheet.dispute",
      entityType: "Timesheet",
      entityId: sheet.id,
      organizationId: ref.organizationId,
      before: { status: current.status },
      after: { status: "DISPUTED", disputeId: dispute.id, reason: ref.reason, days },
    });
    return dispute;
  });
}

// Whether the staff member may answer disputes of this child at this kindergarten: its manager,
// or an educator of a group the child was in during the month.
export async function mayAnswer(
  actor: Actor,
  organizationId: string,
  childId: string,
  year: number,
  month: number,
  db: Pick<Tx, "enrolment" | "$queryRaw"> = prisma,
) {
  if (can(actor, "kindergarten.manage", { organizationId })) return true;
  const orgPath = await orgPathOf(organizationId, db);
  const groups = await db.enrolment.findMany({
    where: {
      childId,
      organizationId,
      startsOn: { lt: new Date(Date.UTC(year, month, 1)) },
      OR: [{ endsOn: null }, { endsOn: { gte: new Date(Date.UTC(year, month - 1, 1)) } }],
    },
    select: { groupId: true },
  });
  return groups.some((g) => can(actor, "group.read", { organizationId, groupId: g.groupId, orgPath }));
}

// Disputes of the months the staff member may answer: those waiting for the kindergarten first (open,
// then decided for the parent and not corrected yet), then the rest, newest first.
export async function staffDisputes(actor: Actor, organizationId: string) {
  const rows = await prisma.timesheetDispute.findMany({
    where: { timesheet: { organizationId } },
    include: {
      timesheet: { include: { child: true } },
      parent: true,
      answeredBy: true,
      decidedBy: true,
    },
    orderBy: [{ createdAt: "desc" }],
    take: 200,
  });
  const allowed = await Promise.all(
    rows.map((r) =>
      mayAnswer(actor, organizationId, r.timesheet.childId, r.timesheet.year, r.timesheet.month),
    ),
  );
  const waiting = (r: (typeof rows)[number]) =>
    r.status === "OPEN" ? 0 : r.status === "UPHELD_PARENT" && !r.timesheet.graceUntil ? 1 : 2;
  return rows.filter((_, i) => allowed[i]).sort((a, b) => waiting(a) - waiting(b));
}
