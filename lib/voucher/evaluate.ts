import "server-only";
import { prisma } from "@/lib/db/prisma";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import { DEFAULT_TIME_ZONE } from "@/lib/calendar/zone";
import type { VoucherStatus } from "@/lib/generated/prisma/enums";
import type { YearMonth } from "@/lib/timesheet/window";
import { childMonthStates, lastClosedMonth } from "./month-states";
import { monthIndex, voucherDecision, type VoucherDecision, type VoucherMonth } from "./rule";
import { WorkingDaysCache } from "./working-days";

// Rows grouped by a key, in their order.
function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** A voucher as the rule needs it. */
export type VoucherRef = {
  id: string;
  childId: string;
  organizationId: string | null;
  status: VoucherStatus;
  issuedOn: Date;
};
/** The rule's answer for a voucher, with the months it looked at. */
export type VoucherVerdict = VoucherDecision & {
  voucherId: string;
  closedMonth: YearMonth;
  history: VoucherMonth[];
};

// The rule applied to a batch of vouchers at `at`: each child's months from the voucher's issue
// month up to the last month whose window has closed (in the voucher kindergarten's time zone),
// read from enrolments, timesheets and the working calendars in a few queries for the whole batch.
export async function evaluateVouchers(
  vouchers: VoucherRef[],
  at: Date,
  cache = new WorkingDaysCache(),
): Promise<Map<string, VoucherVerdict>> {
  const out = new Map<string, VoucherVerdict>();
  if (vouchers.length === 0) return out;
  const childIds = [...new Set(vouchers.map((v) => v.childId))];
  const earliest = Math.min(...vouchers.map((v) => v.issuedOn.getUTCFullYear()));
  const [enrolments, timesheets] = await Promise.all([
    prisma.enrolment.findMany({
      where: { childId: { in: childIds } },
      select: { childId: true, organizationId: true, startsOn: true, endsOn: true },
    }),
    prisma.timesheet.findMany({
      where: { childId: { in: childIds }, year: { gte: earliest } },
      select: {
        id: true,
        childId: true,
        organizationId: true,
        year: true,
        month: true,
        status: true,
        graceUntil: true,
      },
    }),
  ]);
  // The rule reads a month's dispute only for a DISPUTED sheet: those disputes alone, in one more query
  // (Prisma's relation load asked for the disputes of every sheet — 30,000 ids for a district's vouchers).
  const disputedIds = timesheets.filter((t) => t.status === "DISPUTED").map((t) => t.id);
  const disputes = disputedIds.length
    ? await prisma.timesheetDispute.findMany({
        where: { timesheetId: { in: disputedIds } },
        select: { timesheetId: true, status: true, answeredAt: true, decidedAt: true, createdAt: true },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      })
    : [];
  const latestDispute = new Map<string, (typeof disputes)[number]>();
  for (const d of disputes) if (!latestDispute.has(d.timesheetId)) latestDispute.set(d.timesheetId, d);
  const orgIds = [
    ...new Set([
      ...timesheets.map((t) => t.organizationId),
      ...vouchers.flatMap((v) => (v.organizationId ? [v.organizationId] : [])),
    ]),
  ];
  const orgs = await prisma.organization.findMany({
    where: { id: { in: orgIds } },
    select: { id: true, timeZone: true },
  });
  const zones = new Map(orgs.map((o) => [o.id, o.timeZone]));
  const timeZoneOf = (id: string) => zones.get(id) ?? DEFAULT_TIME_ZONE;
  await cache.load(timesheets);
  const enrolmentsOf = groupBy(enrolments, (e) => e.childId);
  const sheetsOf = groupBy(timesheets, (t) => t.childId);

  for (const v of vouchers) {
    const closed = lastClosedMonth(at, v.organizationId ? timeZoneOf(v.organizationId) : DEFAULT_TIME_ZONE);
    const from = { year: v.issuedOn.getUTCFullYear(), month: v.issuedOn.getUTCMonth() + 1 };
    const history = childMonthStates({
      from,
      to: closed,
      at,
      timeZoneOf,
      workingDays: (orgId, ym) => cache.get(orgId, ym),
      enrolments: (enrolmentsOf.get(v.childId) ?? []).map((e) => ({
        organizationId: e.organizationId,
        startsOn: dbDateToYmd(e.startsOn),
        endsOn: e.endsOn ? dbDateToYmd(e.endsOn) : null,
      })),
      timesheets: (sheetsOf.get(v.childId) ?? [])
        .filter((t) => monthIndex(t) >= monthIndex(from) && monthIndex(t) <= monthIndex(closed))
        .map((t) => ({ ...t, dispute: latestDispute.get(t.id) ?? null })),
    });
    out.set(v.id, { voucherId: v.id, closedMonth: closed, history, ...voucherDecision(history, v.status) });
  }
  return out;
}
