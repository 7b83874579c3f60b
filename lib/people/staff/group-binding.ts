import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { Refusal } from "@/lib/action/refusal";
import { canKeepGroups } from "./roles";
import { assertActive, staffMembershipOf, type PeopleContext } from "./scope";

// Sets the groups an educator keeps the timesheets of ("Roles and rights"): exactly the given
// current groups of this kindergarten. Only educators and assistant educators can be bound;
// a group of another kindergarten or an archived one is not_found. Bindings to archived groups
// stay as history (they grant nothing).
export async function setEducatorGroups(ctx: PeopleContext, membershipId: string, groupIds: string[]) {
  const wanted = [...new Set(groupIds)];
  return prisma.$transaction(async (tx) => {
    const m = await staffMembershipOf(tx, ctx.organizationId, membershipId);
    assertActive(m);
    if (!canKeepGroups(m.role)) throw new Refusal("people.rule.notEducator");
    const current = await tx.group.findMany({
      where: { organizationId: ctx.organizationId, archivedAt: null },
      select: { id: true },
    });
    const currentIds = new Set(current.map((g) => g.id));
    if (wanted.some((id) => !currentIds.has(id))) throw new AppError("not_found");
    const bound = await tx.groupEducator.findMany({
      where: { personId: m.personId, groupId: { in: [...currentIds] } },
      select: { groupId: true },
    });
    const before = bound.map((b) => b.groupId).sort();
    const removed = before.filter((id) => !wanted.includes(id));
    const added = wanted.filter((id) => !before.includes(id));
    if (removed.length)
      await tx.groupEducator.deleteMany({ where: { personId: m.personId, groupId: { in: removed } } });
    if (added.length)
      await tx.groupEducator.createMany({
        data: added.map((groupId) => ({ groupId, personId: m.personId })),
      });
    const after = [...wanted].sort();
    if (removed.length || added.length) {
      await audit(tx, {
        actorPersonId: ctx.actor.personId,
        action: "staff.groups_set",
        entityType: "Membership",
        entityId: m.id,
        organizationId: ctx.organizationId,
        before: { personId: m.personId, groupIds: before },
        after: { personId: m.personId, groupIds: after },
      });
    }
    return after;
  });
}
