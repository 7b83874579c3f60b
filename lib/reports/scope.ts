import "server-only";
import { prisma } from "@/lib/db/prisma";
import { type Actor, isAuthorityMember } from "@/lib/auth/actor";
import { orgPathOf } from "@/lib/auth/load-actor";
import { authorize } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { currentKindergarten } from "@/lib/kindergarten/current";
import { subtreeIds } from "@/lib/org/authority-overview";
import type { OrgKind } from "@/lib/generated/prisma/enums";
import type { ScopeOrg } from "./filters";

// Whose organisations a report counts (SPEC §6): an officer their own authority and everything below
// it in the subordination tree (excluded subordinates left out); a kindergarten's manager their own
// kindergarten. The policy is asked here, so every report query starts from an authorised scope.

export type ReportArea = "authority" | "kindergarten";

export type ReportScope = {
  area: ReportArea;
  /** The reader's authority, or their kindergarten. */
  rootId: string;
  /** Every organisation in scope (the root included). */
  orgs: ScopeOrg[];
};

const TERRITORY = { select: { code: true, kind: true, nameKk: true, nameRu: true, nameEn: true } } as const;

// The organisations with what the filters need: the region and district of each.
async function scopeOrgs(ids: string[]): Promise<ScopeOrg[]> {
  const rows = await prisma.organization.findMany({
    where: { id: { in: ids }, archivedAt: null },
    select: {
      id: true,
      kind: true,
      orgType: true,
      shortNameKk: true,
      shortNameRu: true,
      territory: { select: { ...TERRITORY.select, parent: TERRITORY } },
    },
    orderBy: { shortNameKk: "asc" },
  });
  const ref = (t: { code: string; nameKk: string; nameRu: string; nameEn: string } | null) =>
    t ? { code: t.code, nameKk: t.nameKk, nameRu: t.nameRu, nameEn: t.nameEn } : null;
  return rows.map(({ territory: t, ...o }) => {
    const local = t.kind === "DISTRICT" || t.kind === "CITY";
    return { ...o, territory: ref(local ? t.parent : t), district: local ? ref(t) : null };
  });
}

// An authority officer's scope: their authority's subtree. Refused (forbidden) for anyone else.
export async function authorityScope(actor: Actor): Promise<ReportScope> {
  const home = actor.memberships.find(isAuthorityMember);
  if (!home) throw new AppError("forbidden");
  authorize(actor, "report.read", { orgPath: [home.organizationId] });
  return {
    area: "authority",
    rootId: home.organizationId,
    orgs: await scopeOrgs(await subtreeIds(home.organizationId)),
  };
}

// A kindergarten manager's scope: their kindergarten only. Refused (forbidden) for anyone else.
export async function kindergartenScope(actor: Actor): Promise<ReportScope> {
  const kg = currentKindergarten(actor);
  if (!kg) throw new AppError("forbidden");
  authorize(actor, "report.read_own", { organizationId: kg.organizationId });
  return { area: "kindergarten", rootId: kg.organizationId, orgs: await scopeOrgs([kg.organizationId]) };
}

// The scope of an area for this reader.
export function scopeFor(area: ReportArea, actor: Actor): Promise<ReportScope> {
  return area === "authority" ? authorityScope(actor) : kindergartenScope(actor);
}

// The organisations of the kinds a report counts.
export function ofKinds(scope: ReportScope, kinds: OrgKind[] | "all"): ScopeOrg[] {
  return kinds === "all" ? scope.orgs : scope.orgs.filter((o) => kinds.includes(o.kind));
}

// What the export route's policy check looks at: the organisation the filter names (its path up the
// tree, so an officer of another district is refused), else the reader's own authority or kindergarten.
export async function exportResource(area: ReportArea, actor: Actor | null, org: string | undefined) {
  if (area === "kindergarten") {
    const own = actor ? currentKindergarten(actor)?.organizationId : undefined;
    return { organizationId: org ?? own };
  }
  if (org) return { organizationId: org, orgPath: await orgPathOf(org) };
  const home = actor?.memberships.find(isAuthorityMember);
  return { orgPath: home ? [home.organizationId] : [] };
}
