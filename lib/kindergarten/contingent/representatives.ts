import "server-only";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import type { ManagerContext } from "@/lib/auth/audiences";
import type { AddRepresentativeInput } from "./schemas";
import { linkRepresentative } from "./people";
import { lockCurrentChild } from "./open-enrolment";
import { kindergartenCalendar } from "./checks";
import { refuse, runRefusable, type Outcome } from "@/lib/action/refusal";
import { localDate } from "@/lib/calendar/zone";
import type { Tx } from "@/lib/db/prisma";

type Opts = { now: Date };

// Locks a child the kindergarten has today (in its own time zone): only it keeps the representatives.
async function lockChildToday(tx: Tx, ctx: ManagerContext, childId: string, now: Date) {
  const { timeZone } = await kindergartenCalendar(tx, ctx.organizationId);
  return lockCurrentChild(tx, ctx, childId, localDate(now, timeZone));
}

// Adds a legal representative to a child the manager's kindergarten has now (or corrects the relation and the
// kindergarten's contact phone of one on record). Parents later bind their children through these rows, so
// the IIN is required. A former kindergarten is refused (lockCurrentChild).
export async function addRepresentative(
  ctx: ManagerContext,
  input: AddRepresentativeInput,
  { now }: Opts,
): Promise<Outcome<{ representativeId: string }>> {
  return runRefusable(async (tx) => {
    const child = await lockChildToday(tx, ctx, input.childId, now);
    if (child.iin === input.iin) refuse({ iin: "validation.contingent.sameIin" });
    const link = await linkRepresentative(tx, ctx, child.id, input);
    return { representativeId: link.representativeId };
  });
}

// Removes a legal representative from a child the manager's kindergarten has now (the person stays on record).
export async function removeRepresentative(
  ctx: ManagerContext,
  input: { childId: string; representativeId: string },
  { now }: Opts,
): Promise<Outcome<null>> {
  return runRefusable(async (tx) => {
    const child = await lockChildToday(tx, ctx, input.childId, now);
    const where = {
      childId_representativeId: { childId: child.id, representativeId: input.representativeId },
    };
    const before = await tx.legalRepresentative.findUnique({
      where,
      include: { representative: { select: { lastName: true, firstName: true } } },
    });
    if (!before) throw new AppError("not_found");
    await tx.legalRepresentative.delete({ where });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "contingent.representative_remove",
      entityType: "Person",
      entityId: child.id,
      organizationId: ctx.organizationId,
      before: {
        representativeId: before.representativeId,
        relation: before.relation,
        contactPhone: before.contactPhone,
        ...before.representative,
      },
    });
    return null;
  });
}
