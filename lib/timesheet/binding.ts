import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";

// Binds a child to the parent's cabinet by the child's (already validated) IIN. Only a legal
// representative on record (contingent or queue application) may; every other IIN — unknown,
// someone else's child — gets the same refusal, so nothing is learnt about the child.
// Binding twice is harmless; a removed binding comes back.
export async function bindChild(actor: Actor, childIin: string, now: Date) {
  const rep = await prisma.legalRepresentative.findFirst({
    where: { representativeId: actor.personId, status: "VERIFIED", child: { iin: childIin } },
    select: { childId: true },
  });
  if (!rep) throw new AppError("binding_refused");
  return prisma.$transaction(async (tx) => {
    const before = await tx.childBinding.findUnique({
      where: { parentId_childId: { parentId: actor.personId, childId: rep.childId } },
    });
    if (before && !before.removedAt) return before;
    const after = before
      ? await tx.childBinding.update({ where: { id: before.id }, data: { removedAt: null } })
      : await tx.childBinding.create({
          data: { parentId: actor.personId, childId: rep.childId, createdAt: now },
        });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "child.bind",
      entityType: "ChildBinding",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}

// Removes a child from the parent's timesheet list (the records stay; binding again restores it).
export async function unbindChild(actor: Actor, childId: string, now: Date) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.childBinding.findUnique({
      where: { parentId_childId: { parentId: actor.personId, childId } },
    });
    if (!before || before.removedAt) throw new AppError("not_found");
    const after = await tx.childBinding.update({ where: { id: before.id }, data: { removedAt: now } });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "child.unbind",
      entityType: "ChildBinding",
      entityId: after.id,
      before,
      after,
    });
  });
}

// The children bound to the parent's cabinet, still represented by them on record.
export async function boundChildren(personId: string) {
  const rows = await prisma.childBinding.findMany({
    where: {
      parentId: personId,
      removedAt: null,
      child: { representatives: { some: { representativeId: personId, status: "VERIFIED" } } },
    },
    include: { child: true },
    orderBy: { child: { birthDate: "asc" } },
  });
  return rows.map((r) => r.child);
}

// Throws not_found unless the child is bound to this parent (and still represented by them).
// Inside a transaction, pass it: a query on another connection while the transaction holds one starves the
// pool when many run at once (100 confirmations at once, issue 15).
export async function assertBound(actor: Actor, childId: string, db: Tx | typeof prisma = prisma) {
  if (actor.audience !== "parent" || !actor.representedChildIds.includes(childId))
    throw new AppError("not_found");
  const b = await db.childBinding.findUnique({
    where: { parentId_childId: { parentId: actor.personId, childId } },
  });
  if (!b || b.removedAt) throw new AppError("not_found");
}
