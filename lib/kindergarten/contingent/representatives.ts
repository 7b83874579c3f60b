import "server-only";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import type { ManagerContext } from "@/lib/auth/audiences";
import type { AddRepresentativeInput } from "./schemas";
import { linkRepresentative } from "./people";
import { lockOurChild } from "./open-enrolment";
import { refuse, runRefusable, type Outcome } from "@/lib/action/refusal";

// Adds a legal representative to a child of the manager's kindergarten (or corrects the relation and
// phone of one on record). Parents later bind their children through these rows, so the IIN is required.
export async function addRepresentative(
  ctx: ManagerContext,
  input: AddRepresentativeInput,
): Promise<Outcome<{ representativeId: string }>> {
  return runRefusable(async (tx) => {
    const child = await lockOurChild(tx, ctx, input.childId);
    if (child.iin === input.iin) refuse({ iin: "validation.contingent.sameIin" });
    const link = await linkRepresentative(tx, ctx, child.id, input);
    return { representativeId: link.representativeId };
  });
}

// Removes a legal representative from a child of the manager's kindergarten (the person stays on record).
export async function removeRepresentative(
  ctx: ManagerContext,
  input: { childId: string; representativeId: string },
): Promise<Outcome<null>> {
  return runRefusable(async (tx) => {
    const child = await lockOurChild(tx, ctx, input.childId);
    const where = {
      childId_representativeId: { childId: child.id, representativeId: input.representativeId },
    };
    const before = await tx.legalRepresentative.findUnique({
      where,
      include: { representative: { select: { lastName: true, firstName: true, phone: true } } },
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
        ...before.representative,
      },
    });
    return null;
  });
}
