import "server-only";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { authorize } from "@/lib/auth/policy";
import { type Actor, isAuthorityMember } from "@/lib/auth/actor";
import { subtreeIds } from "@/lib/org/authority-overview";
import { countViews, vouchersInScope, type VoucherRow } from "./scoped-vouchers";

/** How many rows of the annulled / at-risk list a page shows. */
export const LIST_LIMIT = 300;

// The authority officer's voucher report over their subtree: per kindergarten the counts of active,
// at-risk (and to be annulled), annulled and closed vouchers; and the at-risk and annulled vouchers,
// of one kindergarten when `organizationId` is given (one outside the subtree → not_found).
export async function authorityVouchers(actor: Actor, at: Date, organizationId?: string) {
  const membership = actor.memberships.find(isAuthorityMember);
  if (!membership) throw new AppError("forbidden");
  authorize(actor, "report.read", { orgPath: [membership.organizationId] });
  const ids = await subtreeIds(membership.organizationId);
  if (organizationId && !ids.includes(organizationId)) throw new AppError("not_found");
  const kindergartens = await prisma.organization.findMany({
    where: { id: { in: ids }, kind: "KINDERGARTEN" },
    select: {
      id: true,
      shortNameKk: true,
      shortNameRu: true,
      territory: { select: { nameKk: true, nameRu: true, nameEn: true } },
    },
    orderBy: { shortNameKk: "asc" },
  });
  const rows = await vouchersInScope(
    kindergartens.map((k) => k.id),
    at,
  );
  const byOrg = new Map<string, VoucherRow[]>();
  for (const r of rows) byOrg.set(r.holderId!, [...(byOrg.get(r.holderId!) ?? []), r]);
  const perKindergarten = kindergartens
    .map((k) => ({ ...k, counts: countViews(byOrg.get(k.id) ?? []) }))
    .filter((k) => Object.values(k.counts).some((n) => n > 0));
  const concerning = rows.filter(
    (r) =>
      (r.view === "pending" || r.view === "at_risk" || r.view === "annulled") &&
      (!organizationId || r.holderId === organizationId),
  );
  const names = new Map(kindergartens.map((k) => [k.id, k]));
  return {
    rootId: membership.organizationId,
    totals: countViews(rows),
    perKindergarten,
    list: concerning.slice(0, LIST_LIMIT).map((r) => ({ ...r, holder: names.get(r.holderId!)! })),
    listTotal: concerning.length,
  };
}
