import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertBound } from "./binding";
import { canConfirmNow } from "./window";

export type SheetRef = { childId: string; organizationId: string; year: number; month: number };

// The parent's timesheet row for a child-month at a kindergarten, created when first needed
// (the child must be bound, must have been enrolled there that month, and the window must be open).
export async function openSheet(tx: Tx, actor: Actor, ref: SheetRef, now: Date) {
  await assertBound(actor, ref.childId, tx);
  const org = await tx.organization.findUnique({ where: { id: ref.organizationId } });
  const enrolled =
    org &&
    (await tx.enrolment.count({
      where: {
        childId: ref.childId,
        organizationId: ref.organizationId,
        startsOn: { lt: new Date(Date.UTC(ref.year, ref.month, 1)) },
        OR: [{ endsOn: null }, { endsOn: { gte: new Date(Date.UTC(ref.year, ref.month - 1, 1)) } }],
      },
    }));
  if (!org || !enrolled) throw new AppError("not_found");
  const key = {
    childId_organizationId_year_month: {
      childId: ref.childId,
      organizationId: ref.organizationId,
      year: ref.year,
      month: ref.month,
    },
  };
  const existing = await tx.timesheet.findUnique({ where: key });
  if (!canConfirmNow(ref, now, org.timeZone, existing?.graceUntil)) throw new AppError("confirmation_closed");
  if (existing) return { sheet: existing, org };
  // INSERT … ON CONFLICT DO NOTHING: two parents opening the month at the same moment both get the row
  // (and the one that made it, its audit record).
  const created = await tx.timesheet.createManyAndReturn({
    data: [
      {
        childId: ref.childId,
        organizationId: ref.organizationId,
        year: ref.year,
        month: ref.month,
        status: "OPEN",
      },
    ],
    skipDuplicates: true,
  });
  for (const row of created)
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "timesheet.open",
      entityType: "Timesheet",
      entityId: row.id,
      organizationId: ref.organizationId,
      after: { status: row.status, childId: ref.childId, year: ref.year, month: ref.month },
    });
  return { sheet: await tx.timesheet.findUniqueOrThrow({ where: key }), org };
}
