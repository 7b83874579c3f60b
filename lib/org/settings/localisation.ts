import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { isAuthorityKind, lockedSettings } from "./org";
import type { LocalisationInput } from "./schemas";

// The organisation's settlement (city) and time zone (seed 002, "Локализация").
//
// The time zone is each organisation's own: every day and window of a kindergarten (attendance "today", the
// timesheet confirmation window, absences, places and referrals) is computed in the kindergarten's own
// Organization.timeZone. Nothing is inherited: an authority's change applies to the authority's record, and
// only when its administrator ticks "apply to subordinate organisations" is the zone also written to every
// current (not excluded, not archived) organisation below it — each such change audited on its own.
// The country, region and district come from the territory (it decides which queue an organisation is in)
// and the subordination from the parent authority: the page shows them, this does not change them.
export async function saveLocalisation(actor: Actor, input: LocalisationInput) {
  const { organizationId } = input;
  authorize(actor, "org.administer", { organizationId });
  return prisma.$transaction(async (tx) => {
    const settings = await lockedSettings(tx, organizationId);
    const org = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { timeZone: true, kind: true },
    });
    await tx.organizationSettings.update({ where: { organizationId }, data: { city: input.city } });
    await tx.organization.update({ where: { id: organizationId }, data: { timeZone: input.timeZone } });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "org.localisation_update",
      entityType: "Organization",
      entityId: organizationId,
      organizationId,
      before: { city: settings.city, timeZone: org.timeZone },
      after: { city: input.city, timeZone: input.timeZone },
    });
    if (!input.applyToSubordinates || !isAuthorityKind(org.kind)) return { subordinatesChanged: 0 };
    return { subordinatesChanged: await pushTimeZoneDown(tx, actor, organizationId, input.timeZone) };
  });
}

// Writes the zone to every current organisation below the authority (following the same links as the
// authorities' scope: an excluded subordinate and everything under it is left alone); returns how many changed.
async function pushTimeZoneDown(tx: Tx, actor: Actor, authorityId: string, timeZone: string) {
  let changed = 0;
  let level = [authorityId];
  for (let depth = 0; level.length && depth < 10; depth++) {
    const below = await tx.organization.findMany({
      where: { parentId: { in: level }, subordinationExcludedAt: null, archivedAt: null },
      select: { id: true, timeZone: true },
    });
    for (const sub of below.filter((o) => o.timeZone !== timeZone)) {
      await tx.organization.update({ where: { id: sub.id }, data: { timeZone } });
      await audit(tx, {
        actorPersonId: actor.personId,
        action: "org.localisation_update",
        entityType: "Organization",
        entityId: sub.id,
        organizationId: sub.id,
        before: { timeZone: sub.timeZone },
        after: { timeZone, fromAuthorityId: authorityId },
      });
      changed++;
    }
    level = below.map((o) => o.id).filter((id) => id !== authorityId);
  }
  return changed;
}
