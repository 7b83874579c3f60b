import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import type { ManagerContext } from "@/lib/auth/audiences";
import { lockPerson } from "./people";
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

// Locks a child of the manager's kindergarten (any enrolment here, current or past) and returns them.
export async function lockOurChild(tx: Tx, ctx: ManagerContext, childId: string) {
  const ours = await tx.enrolment.count({ where: { childId, organizationId: ctx.organizationId } });
  if (ours === 0) throw new AppError("not_found");
  await lockPerson(tx, childId);
  return tx.person.findUniqueOrThrow({ where: { id: childId } });
}
