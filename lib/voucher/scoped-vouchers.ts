import "server-only";
import { prisma } from "@/lib/db/prisma";
import { todayDbDate } from "@/lib/calendar/db-date";
import type { VoucherStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { YearMonth } from "@/lib/timesheet/window";
import { evaluateVouchers } from "./evaluate";
import type { VoucherDecision } from "./rule";
import { WorkingDaysCache } from "./working-days";

/** How a voucher is shown: pending (the rule annuls it, the nightly job will), at_risk, annulled, active, closed. */
export type VoucherView = "pending" | "at_risk" | "annulled" | "active" | "closed";
/** A voucher as the kindergarten and authority pages list it. */
export type VoucherRow = {
  id: string;
  number: string;
  status: VoucherStatus;
  issuedOn: Date;
  annulledAt: Date | null;
  annulReason: string | null;
  child: { id: string; lastName: string; firstName: string; middleName: string | null; iin: string | null };
  /** The kindergarten the child attends today, else the one the voucher was issued to. */
  holderId: string | null;
  view: VoucherView;
  months: YearMonth[];
};

const ORDER: VoucherView[] = ["pending", "at_risk", "annulled", "active", "closed"];
const viewOf = (status: VoucherStatus, d?: VoucherDecision): VoucherView =>
  status === "ANNULLED"
    ? "annulled"
    : status === "CLOSED"
      ? "closed"
      : d?.decision === "annul"
        ? "pending"
        : d?.decision === "at_risk"
          ? "at_risk"
          : "active";

// The vouchers held in these organisations at `at` (the child attends one of them today, or the
// voucher was issued to one and the child attends none of the others), each judged by the rule;
// at risk first, then annulled, active, closed — by name within each.
export async function vouchersInScope(orgIds: string[], at: Date): Promise<VoucherRow[]> {
  const today = todayDbDate(at);
  const current = { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] };
  // Vouchers still on their way from the queue (issued, accepted) or that never reached a contract
  // (refused, expired) are the department's voucher states, not a kindergarten's holdings. Issued to these
  // organisations, or of a child attending one today: two queries, as an OR of the two made the planner
  // test every voucher of the region against the child's enrolments (130 ms a page).
  const status = { in: ["ACTIVE" as const, "ANNULLED" as const, "CLOSED" as const] };
  const [issued, attending] = await Promise.all([
    findVouchers({ status, organizationId: { in: orgIds } }, current),
    findVouchers(
      { status, child: { enrolments: { some: { organizationId: { in: orgIds }, ...current } } } },
      current,
    ),
  ]);
  const vouchers = [...new Map([...issued, ...attending].map((v) => [v.id, v])).values()].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const scope = new Set(orgIds);
  const held = vouchers
    .map((v) => ({ v, holderId: v.child.enrolments[0]?.organizationId ?? v.organizationId }))
    .filter((h) => h.holderId && scope.has(h.holderId));
  const active = held.filter((h) => h.v.status === "ACTIVE").map((h) => h.v);
  const cache = new WorkingDaysCache();
  const verdicts = new Map<string, VoucherDecision>();
  for (let i = 0; i < active.length; i += 500) {
    for (const [id, verdict] of await evaluateVouchers(active.slice(i, i + 500), at, cache))
      verdicts.set(id, verdict);
  }
  const rows: VoucherRow[] = held.map(({ v, holderId }) => {
    const verdict = verdicts.get(v.id);
    const child = {
      id: v.child.id,
      lastName: v.child.lastName,
      firstName: v.child.firstName,
      middleName: v.child.middleName,
      iin: v.child.iin,
    };
    return {
      id: v.id,
      number: v.number,
      status: v.status,
      issuedOn: v.issuedOn,
      annulledAt: v.annulledAt,
      annulReason: v.annulReason,
      child,
      holderId,
      view: viewOf(v.status, verdict),
      months: verdict?.months ?? [],
    };
  });
  const name = (r: VoucherRow) => `${r.child.lastName} ${r.child.firstName}`;
  return rows.sort(
    (a, b) => ORDER.indexOf(a.view) - ORDER.indexOf(b.view) || name(a).localeCompare(name(b), "kk"),
  );
}

// How many vouchers of each view.
export function countViews(rows: VoucherRow[]): Record<VoucherView, number> {
  const out: Record<VoucherView, number> = { pending: 0, at_risk: 0, annulled: 0, active: 0, closed: 0 };
  for (const r of rows) out[r.view]++;
  return out;
}

// The vouchers of a filter with what the lists show of the child (and the kindergarten the child attends today).
function findVouchers(where: Prisma.VoucherWhereInput, current: Prisma.EnrolmentWhereInput) {
  return prisma.voucher.findMany({
    where,
    include: {
      child: {
        select: {
          id: true,
          lastName: true,
          firstName: true,
          middleName: true,
          iin: true,
          enrolments: {
            where: current,
            select: { organizationId: true },
            orderBy: { startsOn: "desc" },
            take: 1,
          },
        },
      },
    },
  });
}
