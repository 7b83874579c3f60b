import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { authorize, type Action } from "@/lib/auth/policy";
import { orgPathOf } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";

// Loads a group with its kindergarten and checks the actor may do `action` on it.
// An unknown id and a foreign group answer the same way for an educator: not found / forbidden.
export async function groupFor(
  actor: Actor,
  groupId: string,
  action: Action,
  db: Pick<Tx, "group" | "$queryRaw"> = prisma,
) {
  const group = await db.group.findUnique({ where: { id: groupId }, include: { organization: true } });
  if (!group || group.archivedAt) throw new AppError("not_found");
  authorize(actor, action, {
    organizationId: group.organizationId,
    groupId: group.id,
    orgPath: await orgPathOf(group.organizationId, db), // in the caller's transaction, if any
  });
  return group;
}
