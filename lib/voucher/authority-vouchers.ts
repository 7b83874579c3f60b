import "server-only";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { authorize } from "@/lib/auth/policy";
import { type Actor, isAuthorityMember } from "@/lib/auth/actor";
import { subtreeIds } from "@/lib/org/authority-overview";
import { countViews, vouchersInScope, type VoucherRow } from "./scoped-vouchers";

/** How many rows a page of each list shows (the at-risk and annulled vouchers; the vouchers of a state). */
export const VOUCHER_PAGE = 100;

const skipOf = (page: number) => (Math.max(1, page) - 1) * VOUCHER_PAGE;

// The authority officer's voucher report over their subtree: per kindergarten the counts of active,
// at-risk (and to be annulled), annulled and closed vouchers; and the at-risk and annulled vouchers,
// of one kindergarten when `organizationId` is given (one outside the subtree → not_found), a page at a time.
export async function authorityVouchers(actor: Actor, at: Date, organizationId?: string, page = 1) {
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
    list: concerning
      .slice(skipOf(page), skipOf(page) + VOUCHER_PAGE)
      .map((r) => ({ ...r, holder: names.get(r.holderId!)! })),
    listTotal: concerning.length,
  };
}

/** The states of a voucher from the queue, as the department's filter lists them. */
export const LIFE_STATES = [
  "ISSUED",
  "ACCEPTED",
  "ACTIVE",
  "REFUSED",
  "EXPIRED",
  "ANNULLED",
  "CLOSED",
] as const;
export type LifeState = (typeof LIFE_STATES)[number];

// The department's vouchers from the queue of its district (the applications of its territory): how many
// in each state, and the list of one state (or all) with each one's running deadline, newest first, a page
// at a time (`total` counts the whole list).
export async function authorityVoucherStates(actor: Actor, state?: LifeState, page = 1) {
  const membership = actor.memberships.find(isAuthorityMember);
  if (!membership) throw new AppError("forbidden");
  authorize(actor, "report.read", { orgPath: [membership.organizationId] });
  const authority = await prisma.organization.findUniqueOrThrow({
    where: { id: membership.organizationId },
    select: { territoryId: true },
  });
  const where = { application: { territoryId: authority.territoryId } };
  const [groups, list, total] = await Promise.all([
    prisma.voucher.groupBy({ by: ["status"], where, _count: { _all: true } }),
    prisma.voucher.findMany({
      where: { ...where, ...(state ? { status: state } : {}) },
      select: {
        id: true,
        number: true,
        status: true,
        issuedAt: true,
        acceptBy: true,
        contractBy: true,
        contractedAt: true,
        expiredAt: true,
        refusedAt: true,
        application: { select: { number: true, birthYear: true } },
        child: { select: { lastName: true, firstName: true } },
      },
      orderBy: [{ issuedAt: "desc" }, { number: "desc" }],
      skip: skipOf(page),
      take: VOUCHER_PAGE,
    }),
    prisma.voucher.count({ where: { ...where, ...(state ? { status: state } : {}) } }),
  ]);
  const counts = Object.fromEntries(LIFE_STATES.map((s) => [s, 0])) as Record<LifeState, number>;
  for (const g of groups) counts[g.status as LifeState] = g._count._all;
  return { counts, list, total };
}
