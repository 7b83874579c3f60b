import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import type { ManagerContext } from "@/lib/auth/audiences";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import { lockPerson } from "./people";
import { keepsChildOn } from "./rules";
import { refuse } from "@/lib/action/refusal";

// Locks the child and returns their open enrolment (no last day yet) in the manager's kindergarten.
// A child who was never in this kindergarten is "not found" (another kindergarten's children are not
// ours to see); a child who has already left is refused with a message.
export async function lockOpenEnrolment(tx: Tx, ctx: ManagerContext, childId: string) {
  const ours = await tx.enrolment.count({ where: { childId, organizationId: ctx.organizationId } });
  if (ours === 0) throw new AppError("not_found");
  await lockPerson(tx, childId);
  const open = await tx.enrolment.findFirst({
    where: { childId, organizationId: ctx.organizationId, endsOn: null },
  });
  if (!open) refuse({}, "kgContingent.notCurrent");
  return open;
}

// Locks a child the manager's kindergarten has on the day — enrolled here that day, or by an order from a
// later day (keepsChildOn) — and returns them. A child never enrolled here is "not found"; a child who has
// left is refused: a former kindergarten no longer keeps the child's representatives.
export async function lockCurrentChild(tx: Tx, ctx: ManagerContext, childId: string, today: string) {
  const ours = await tx.enrolment.count({ where: { childId, organizationId: ctx.organizationId } });
  if (ours === 0) throw new AppError("not_found");
  await lockPerson(tx, childId);
  const enrolments = await tx.enrolment.findMany({
    where: { childId, organizationId: ctx.organizationId },
    select: { startsOn: true, endsOn: true },
  });
  const periods = enrolments.map((e) => ({
    startsOn: dbDateToYmd(e.startsOn),
    endsOn: e.endsOn ? dbDateToYmd(e.endsOn) : null,
  }));
  if (!keepsChildOn(periods, today)) refuse({}, "kgContingent.repsNotCurrent");
  return tx.person.findUniqueOrThrow({ where: { id: childId } });
}
