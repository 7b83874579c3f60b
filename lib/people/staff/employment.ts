import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { localDate } from "@/lib/calendar/zone";
import { Refusal } from "@/lib/action/refusal";
import { leftAtProblem } from "./rules";
import {
  assertActive,
  dropBindingsIfNoEducatorRole,
  isActive,
  staffMembershipOf,
  type PeopleContext,
} from "./scope";
import { refuseUnlessKeeper, staffSubject } from "./subject";

// Ends an employment on a date (not before the arrival, not after today in the organisation's zone): the
// person goes to the archive, loses this kindergarten's group bindings (unless they keep an educator role
// here) and every open session ends. Nobody can end their own employment; a manager's only the leader
// (director, head) or a higher authority ends.
export async function endEmployment(ctx: PeopleContext, membershipId: string, leftAt: string, now: Date) {
  return prisma.$transaction(async (tx) => {
    const m = await staffMembershipOf(tx, ctx.organizationId, membershipId);
    assertActive(m);
    if (m.personId === ctx.actor.personId) throw new Refusal("people.rule.selfEnd");
    refuseUnlessKeeper(ctx, "staff.manage", await staffSubject(m.id, undefined, tx));
    const org = await tx.organization.findUniqueOrThrow({
      where: { id: ctx.organizationId },
      select: { timeZone: true },
    });
    const problem = leftAtProblem(leftAt, dbDateToYmd(m.arrivedAt), localDate(now, org.timeZone));
    if (problem) throw new Refusal(problem, "leftAt");
    const after = await tx.membership.update({ where: { id: m.id }, data: { leftAt: ymdToDbDate(leftAt) } });
    const unbound = await dropBindingsIfNoEducatorRole(tx, m.personId, ctx.organizationId);
    await tx.user.updateMany({ where: { personId: m.personId }, data: { sessionVersion: { increment: 1 } } });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "staff.end_employment",
      entityType: "Membership",
      entityId: m.id,
      organizationId: ctx.organizationId,
      before: { ...m, person: undefined },
      after: { ...after, unboundGroupIds: unbound },
    });
    return after;
  });
}

// "Exclude from the organisation" (seed 002, "Да, исключить"): every current membership of the person here
// ends now (excludedAt) and the kindergarten's group bindings go. The person keeps their account, their
// sessions and whatever else they have on the portal; the organisation's non-public data closes for them
// at their next request, since the actor is rebuilt without excluded memberships (lib/auth/load-actor.ts).
// Nobody excludes themselves; a manager only the leader (director, head) or a higher authority excludes.
export async function excludeMember(ctx: PeopleContext, membershipId: string, now: Date) {
  return prisma.$transaction(async (tx) => {
    const m = await staffMembershipOf(tx, ctx.organizationId, membershipId);
    assertActive(m);
    if (m.personId === ctx.actor.personId) throw new Refusal("people.rule.selfExclude");
    refuseUnlessKeeper(ctx, "staff.manage", await staffSubject(m.id, undefined, tx));
    const current = await tx.membership.findMany({
      where: { personId: m.personId, organizationId: ctx.organizationId, leftAt: null, excludedAt: null },
      select: { id: true, role: true },
    });
    await tx.membership.updateMany({
      where: { id: { in: current.map((c) => c.id) } },
      data: { excludedAt: now },
    });
    const unbound = await dropBindingsIfNoEducatorRole(tx, m.personId, ctx.organizationId);
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "staff.exclude",
      entityType: "Membership",
      entityId: m.id,
      organizationId: ctx.organizationId,
      before: { personId: m.personId, memberships: current },
      after: { excludedAt: now, membershipIds: current.map((c) => c.id), unboundGroupIds: unbound },
    });
    return current.map((c) => c.id);
  });
}

// Restores an ended or excluded employment from the archive (group bindings are not restored: bind
// again); a manager's only the leader (director, head) or a higher authority restores.
export async function restoreEmployment(ctx: PeopleContext, membershipId: string) {
  return prisma.$transaction(async (tx) => {
    const m = await staffMembershipOf(tx, ctx.organizationId, membershipId);
    if (isActive(m)) return m;
    refuseUnlessKeeper(ctx, "staff.manage", await staffSubject(m.id, undefined, tx));
    const after = await tx.membership.update({
      where: { id: m.id },
      data: { leftAt: null, excludedAt: null },
    });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "staff.restore_employment",
      entityType: "Membership",
      entityId: m.id,
      organizationId: ctx.organizationId,
      before: { ...m, person: undefined },
      after,
    });
    return after;
  });
}
