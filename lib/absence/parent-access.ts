import "server-only";
import type { Tx } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";

// Only a parent (the cabinet's audience) acts on the parent's side of absence notices.
export function requireParent(actor: Actor | null): asserts actor is Actor {
  authorize(actor, "cabinet.use");
}

// The child must be one this parent represents on record; any other id is simply "not found",
// so nothing about another family's child leaks.
export function ensureOwnChild(actor: Actor, childId: string): void {
  if (!can(actor, "child.read", { childId })) throw new AppError("not_found");
}

// A notice about one of the parent's children, read for update inside the transaction, or "not found".
export async function ownNotice(tx: Tx, actor: Actor, noticeId: string) {
  const notice = await tx.absenceNotice.findFirst({
    where: { id: noticeId, childId: { in: actor.representedChildIds } },
  });
  if (!notice) throw new AppError("not_found");
  ensureOwnChild(actor, notice.childId);
  await tx.$queryRaw`SELECT id FROM "AbsenceNotice" WHERE id = ${notice.id} FOR UPDATE`;
  return tx.absenceNotice.findUniqueOrThrow({ where: { id: notice.id } });
}
