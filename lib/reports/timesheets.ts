import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TimesheetStatus, VoucherStatus } from "@/lib/generated/prisma/enums";
import { localDate } from "@/lib/calendar/zone";
import { maskIin } from "@/lib/iin/iin";
import { orgShortName, personName } from "@/lib/org/names";
import { evaluateVouchers } from "@/lib/voucher/evaluate";
import { receiptPath } from "@/lib/timesheet/receipt";
import { WorkingDaysCache } from "@/lib/voucher/working-days";
import { defineReport, type ReportContext } from "./definition";
import { localDay } from "./sql";
import { formatYm, parseYm, periodDays, ymIndex, type Ym } from "./period";
import { monthDate, share, type Cell, type Column, type ReportSection } from "./table";

// Report 6 — timesheets and vouchers: the monthly timesheets per organisation and month by status
// (confirmed / disputed / not confirmed / open / corrected) with the confirmed share; the vouchers held
// per organisation (active, at risk, to be annulled, annulled, closed); and the list behind every
// number (?list=…). Timesheets are counted in Postgres with the (organizationId, year, month, status)
// index; vouchers are counted in Postgres too, except "at risk" and "to be annulled", which are the
// voucher rule's verdicts (lib/voucher/rule.ts) over the few active vouchers with a month that was not
// confirmed — the rule is not repeated in SQL.

export const SHEET_STATUSES = ["CONFIRMED", "DISPUTED", "NOT_CONFIRMED", "OPEN", "CORRECTED"] as const;
const STATUS_COLOURS: Record<(typeof SHEET_STATUSES)[number], string> = {
  CONFIRMED: "#0f766e",
  DISPUTED: "#d97706",
  NOT_CONFIRMED: "#dc2626",
  OPEN: "#94a3b8",
  CORRECTED: "#7c3aed",
};
const VOUCHER_VIEWS = ["active", "at_risk", "pending", "annulled", "annulledInPeriod", "closed"] as const;
type VoucherView = (typeof VOUCHER_VIEWS)[number];

/** The list behind a number: timesheets of an organisation (or all), a month (or the period) and a
 * status (or all); or vouchers of an organisation (or all) in a view. */
const LIST =
  /^(ts:[A-Za-z0-9_-]{1,40}:(\d{4}-\d{2}|all):[A-Z_]{3,20}|v:[A-Za-z0-9_-]{1,40}:[a-zA-Z_]{3,20})$/;
const extras = { list: z.string().regex(LIST).optional() };
type Ctx = ReportContext<typeof extras>;

/** How many of a month's timesheets in each status. */
export type SheetCounts = { org: string | null; ym: string | null; total: number } & Record<
  (typeof SHEET_STATUSES)[number],
  number
>;

// Timesheets per organisation and month, per month, and in all (GROUPING SETS), in the period.
function sheetCounts(ctx: Ctx): Promise<SheetCounts[]> {
  return timesheetCounts(
    ctx.orgs.map((o) => o.id),
    ctx.filter.from,
    ctx.filter.to,
  );
}

// The same for any organisations and months (the per-organisation report uses it too).
export async function timesheetCounts(ids: string[], from: Ym, to: Ym): Promise<SheetCounts[]> {
  if (ids.length === 0) return [];
  const ym = Prisma.sql`to_char(make_date(t.year, t.month, 1), 'YYYY-MM')`;
  return prisma.$queryRaw<SheetCounts[]>`
    SELECT CASE WHEN GROUPING(t."organizationId") = 1 THEN NULL ELSE t."organizationId" END AS org,
      CASE WHEN GROUPING(${ym}) = 1 THEN NULL ELSE ${ym} END AS ym,
      count(*)::int AS total,
      ${Prisma.join(
        SHEET_STATUSES.map(
          (s) =>
            Prisma.sql`count(*) FILTER (WHERE t.status = ${s}::"TimesheetStatus")::int AS ${Prisma.raw(`"${s}"`)}`,
        ),
      )}
    FROM "Timesheet" t
    WHERE t."organizationId" = ANY(${ids})
      AND (t.year, t.month) >= (${from.year}, ${from.month}) AND (t.year, t.month) <= (${to.year}, ${to.month})
    GROUP BY GROUPING SETS ((t."organizationId", ${ym}), (${ym}), ())`;
}

// The vouchers held by the organisations: the child attends one of them today, or the voucher was
// issued to one and the child attends no kindergarten today (as lib/voucher/scoped-vouchers.ts says).
function heldVouchers(ids: string[], today: string) {
  return Prisma.sql`
    WITH cand AS (
      SELECT v.id FROM "Voucher" v WHERE v."organizationId" = ANY(${ids})
      UNION
      SELECT v.id FROM "Voucher" v JOIN "Enrolment" e ON e."childId" = v."childId"
      WHERE e."organizationId" = ANY(${ids}) AND e."startsOn" <= ${today}::date
        AND (e."endsOn" IS NULL OR e."endsOn" >= ${today}::date)
    ), held AS (
      SELECT v.*, COALESCE(cur."organizationId", v."organizationId") AS holder
      FROM cand JOIN "Voucher" v ON v.id = cand.id
      LEFT JOIN LATERAL (
        SELECT e."organizationId" FROM "Enrolment" e
        WHERE e."childId" = v."childId" AND e."startsOn" <= ${today}::date
          AND (e."endsOn" IS NULL OR e."endsOn" >= ${today}::date)
        ORDER BY e."startsOn" DESC LIMIT 1
      ) cur ON true
    )`;
}

/** Per holder: vouchers ACTIVE by status (the at-risk ones included), annulled, annulled in the period, closed. */
type VoucherCounts = { holder: string | null } & Record<
  "active" | "annulled" | "annulledInPeriod" | "closed",
  number
>;

async function voucherCounts(ctx: Ctx, today: string): Promise<VoucherCounts[]> {
  const ids = ctx.orgs.map((o) => o.id);
  if (ids.length === 0) return [];
  const { first, last } = periodDays(ctx.filter.from, ctx.filter.to);
  return prisma.$queryRaw<VoucherCounts[]>`
    ${heldVouchers(ids, today)}
    SELECT CASE WHEN GROUPING(holder) = 1 THEN NULL ELSE holder END AS holder,
      count(*) FILTER (WHERE status = 'ACTIVE')::int AS active,
      count(*) FILTER (WHERE status = 'ANNULLED')::int AS annulled,
      count(*) FILTER (WHERE status = 'ANNULLED'
        AND ${localDay(Prisma.sql`"annulledAt"`)} BETWEEN ${first}::date AND ${last}::date)::int AS "annulledInPeriod",
      count(*) FILTER (WHERE status = 'CLOSED')::int AS closed
    FROM held WHERE holder = ANY(${ids})
    GROUP BY GROUPING SETS ((holder), ())`;
}

type RiskRow = { id: string; childId: string; organizationId: string | null; issuedOn: Date; holder: string };

// The voucher rule's verdicts on the active vouchers held that have a month not confirmed (only those
// can be at risk or due to be annulled): voucher id → "at_risk" | "pending", with the months behind it.
async function riskVerdicts(ctx: Ctx, today: string) {
  const ids = ctx.orgs.map((o) => o.id);
  if (ids.length === 0)
    return new Map<string, { view: "at_risk" | "pending"; holder: string; months: string }>();
  const rows = await prisma.$queryRaw<RiskRow[]>`
    ${heldVouchers(ids, today)}
    SELECT id, "childId", "organizationId", "issuedOn", holder FROM held
    WHERE holder = ANY(${ids}) AND status = 'ACTIVE'
      AND EXISTS (SELECT 1 FROM "Timesheet" t WHERE t."childId" = held."childId"
        AND t.status IN ('NOT_CONFIRMED', 'OPEN', 'CORRECTED'))`;
  const out = new Map<string, { view: "at_risk" | "pending"; holder: string; months: string }>();
  const cache = new WorkingDaysCache();
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const verdicts = await evaluateVouchers(
      batch.map((r) => ({ ...r, status: "ACTIVE" as VoucherStatus })),
      ctx.now,
      cache,
    );
    for (const r of batch) {
      const v = verdicts.get(r.id);
      if (v?.decision === "at_risk" || v?.decision === "annul")
        out.set(r.id, {
          view: v.decision === "annul" ? "pending" : "at_risk",
          holder: r.holder,
          months: v.months.map((m) => formatYm(m)).join(", "),
        });
    }
  }
  return out;
}

const LIST_LIMIT = 500;

// The list behind a number (at most LIST_LIMIT rows), scoped to the organisations chosen.
async function listSection(ctx: Ctx, today: string, risk: Awaited<ReturnType<typeof riskVerdicts>>) {
  const { t, dyn, locale } = ctx.words;
  const raw = ctx.extras.list;
  if (!raw) return null;
  const [kind, orgKey, ...rest] = raw.split(":");
  const ids = ctx.orgs.map((o) => o.id);
  const orgIds = orgKey === "all" ? ids : ids.filter((id) => id === orgKey);
  const orgName = new Map(ctx.orgs.map((o) => [o.id, orgShortName(o, locale)]));
  const invalid = () => {
    ctx.note(t("notes.list"));
    return null;
  };
  if (orgIds.length === 0) return invalid();
  if (kind === "ts") {
    const [ymRaw, status] = rest as [string, string];
    const ym = ymRaw === "all" ? null : parseYm(ymRaw);
    if (
      (ymRaw !== "all" && !ym) ||
      (status !== "all" && !(SHEET_STATUSES as readonly string[]).includes(status))
    )
      return invalid();
    const { from, to } = ctx.filter;
    const months = ym ? [ym] : null;
    if (ym && (ymIndex(ym) < ymIndex(from) || ymIndex(ym) > ymIndex(to))) return invalid();
    const where: Prisma.TimesheetWhereInput = {
      organizationId: { in: orgIds },
      ...(status === "all" ? {} : { status: status as TimesheetStatus }),
      ...(months
        ? { year: months[0]!.year, month: months[0]!.month }
        : {
            OR: Array.from({ length: ymIndex(to) - ymIndex(from) + 1 }, (_, i) => {
              const idx = ymIndex(from) + i;
              return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
            }),
          }),
    };
    const [count, sheets] = await Promise.all([
      prisma.timesheet.count({ where }),
      prisma.timesheet.findMany({
        where,
        select: {
          id: true,
          year: true,
          month: true,
          status: true,
          organizationId: true,
          child: { select: { lastName: true, firstName: true, middleName: true, iin: true } },
          confirmations: {
            where: { supersededAt: null },
            select: { id: true, snapshotHash: true },
            take: 1,
          },
        },
        orderBy: [
          { year: "asc" },
          { month: "asc" },
          { child: { lastName: "asc" } },
          { child: { firstName: "asc" } },
        ],
        take: LIST_LIMIT,
      }),
    ]);
    const section: ReportSection = {
      id: "list",
      title: t("timesheets.listTitle", {
        status: status === "all" ? t("timesheets.allStatuses") : dyn(`timesheets.status.${status}`),
        month: ym ? formatYm(ym) : t("timesheets.wholePeriod"),
        org: orgKey === "all" ? t("filters.all") : (orgName.get(orgKey!) ?? ""),
      }),
      note: count > LIST_LIMIT ? t("timesheets.listTruncated", { shown: LIST_LIMIT, count }) : undefined,
      columns: [
        { key: "child", header: t("columns.child"), kind: "text" },
        { key: "iin", header: t("columns.iin"), kind: "text" },
        { key: "org", header: t("columns.organisation"), kind: "text" },
        { key: "month", header: t("columns.month"), kind: "month" },
        { key: "status", header: t("timesheets.statusColumn"), kind: "text" },
        { key: "receipt", header: t("timesheets.receiptColumn"), kind: "text" },
      ],
      rows: sheets.map((s) => [
        personName(s.child),
        s.child.iin ? maskIin(s.child.iin) : "",
        orgName.get(s.organizationId) ?? "",
        monthDate(s.year, s.month),
        dyn(`timesheets.status.${s.status}`),
        // The confirmation in force: its hash, linked to its receipt (lib/timesheet/receipt.ts).
        s.confirmations[0]
          ? {
              value: `SHA-256 ${s.confirmations[0].snapshotHash.slice(0, 16)}…`,
              href: receiptPath(s.confirmations[0].id),
            }
          : null,
      ]),
      empty: t("timesheets.listEmpty"),
    };
    return section;
  }
  const view = rest[0] as VoucherView;
  if (!(VOUCHER_VIEWS as readonly string[]).includes(view)) return invalid();
  const { first, last } = periodDays(ctx.filter.from, ctx.filter.to);
  type Listed = {
    id: string;
    number: string;
    status: VoucherStatus;
    issuedOn: Date;
    annulledAt: Date | null;
    annulReason: string | null;
    holder: string;
    lastName: string;
    firstName: string;
    middleName: string | null;
    iin: string | null;
  };
  let rows: Listed[];
  let count: number;
  if (view === "at_risk" || view === "pending") {
    const chosen = [...risk.entries()].filter(([, r]) => r.view === view && orgIds.includes(r.holder));
    count = chosen.length;
    rows = await prisma.$queryRaw<Listed[]>`
      ${heldVouchers(orgIds, today)}
      SELECT held.id, held.number, held.status, held."issuedOn", held."annulledAt", held."annulReason", held.holder,
        p."lastName", p."firstName", p."middleName", p.iin
      FROM held JOIN "Person" p ON p.id = held."childId"
      WHERE held.id = ANY(${chosen.map(([id]) => id)})
      ORDER BY p."lastName", p."firstName" LIMIT ${LIST_LIMIT}`;
  } else {
    const cond =
      view === "active"
        ? Prisma.sql`held.status = 'ACTIVE' AND NOT (held.id = ANY(${[...risk.keys()]}))`
        : view === "closed"
          ? Prisma.sql`held.status = 'CLOSED'`
          : view === "annulled"
            ? Prisma.sql`held.status = 'ANNULLED'`
            : Prisma.sql`held.status = 'ANNULLED' AND ${localDay(Prisma.sql`held."annulledAt"`)} BETWEEN ${first}::date AND ${last}::date`;
    const [counted] = await prisma.$queryRaw<{ n: number }[]>`
      ${heldVouchers(orgIds, today)} SELECT count(*)::int AS n FROM held WHERE held.holder = ANY(${orgIds}) AND ${cond}`;
    count = counted?.n ?? 0;
    rows = await prisma.$queryRaw<Listed[]>`
      ${heldVouchers(orgIds, today)}
      SELECT held.id, held.number, held.status, held."issuedOn", held."annulledAt", held."annulReason", held.holder,
        p."lastName", p."firstName", p."middleName", p.iin
      FROM held JOIN "Person" p ON p.id = held."childId"
      WHERE held.holder = ANY(${orgIds}) AND ${cond}
      ORDER BY p."lastName", p."firstName" LIMIT ${LIST_LIMIT}`;
  }
  const section: ReportSection = {
    id: "list",
    title: t("timesheets.voucherListTitle", {
      view: dyn(`timesheets.voucher.${view}`),
      org: orgKey === "all" ? t("filters.all") : (orgName.get(orgKey!) ?? ""),
    }),
    note: count > LIST_LIMIT ? t("timesheets.listTruncated", { shown: LIST_LIMIT, count }) : undefined,
    columns: [
      { key: "child", header: t("columns.child"), kind: "text" },
      { key: "iin", header: t("columns.iin"), kind: "text" },
      { key: "org", header: t("columns.organisation"), kind: "text" },
      { key: "number", header: t("timesheets.voucherNumber"), kind: "text" },
      { key: "issuedOn", header: t("timesheets.issuedOn"), kind: "date" },
      { key: "annulledOn", header: t("timesheets.annulledOn"), kind: "date" },
      { key: "details", header: t("timesheets.details"), kind: "text" },
    ],
    rows: rows.map((r) => [
      personName(r),
      r.iin ? maskIin(r.iin) : "",
      orgName.get(r.holder) ?? "",
      r.number,
      r.issuedOn,
      r.annulledAt ? new Date(`${localDate(r.annulledAt)}T00:00:00Z`) : null,
      risk.get(r.id)?.months
        ? t("timesheets.missedMonths", { months: risk.get(r.id)!.months })
        : (r.annulReason ?? ""),
    ]),
    empty: t("timesheets.listEmpty"),
  };
  return section;
}

export const timesheetsReport = defineReport({
  id: "timesheets",
  kinds: ["KINDERGARTEN"],
  period: true,
  extras,
  load: async (ctx) => {
    const { t, dyn, locale } = ctx.words;
    const today = localDate(ctx.now);
    const [sheets, vouchers, risk] = await Promise.all([
      sheetCounts(ctx),
      voucherCounts(ctx, today),
      riskVerdicts(ctx, today),
    ]);
    const orgById = new Map(ctx.orgs.map((o) => [o.id, o]));
    const name = (id: string) => (orgById.has(id) ? orgShortName(orgById.get(id)!, locale) : "");
    const month = (ym: string) => {
      const m = parseYm(ym)!;
      return monthDate(m.year, m.month);
    };
    const sheetLink = (org: string | null, ym: string | null, status: string) =>
      ctx.link({ list: `ts:${org ?? "all"}:${ym ?? "all"}:${status}` }) + "#rs-list";
    const countColumns: Column[] = [
      { key: "total", header: t("timesheets.total"), kind: "int" },
      ...SHEET_STATUSES.map((s) => ({ key: s, header: dyn(`timesheets.status.${s}`), kind: "int" as const })),
      { key: "confirmedShare", header: t("timesheets.confirmedShare"), kind: "percent" },
    ];
    const countCells = (c: SheetCounts): Cell[] => [
      { value: c.total, href: sheetLink(c.org, c.ym, "all") },
      ...SHEET_STATUSES.map((s) => (c[s] > 0 ? { value: c[s], href: sheetLink(c.org, c.ym, s) } : c[s])),
      share(c.CONFIRMED, c.total),
    ];
    const perOrg = sheets
      .filter((c) => c.org && c.ym)
      .sort((a, b) => name(a.org!).localeCompare(name(b.org!), "kk") || a.ym!.localeCompare(b.ym!));
    const perMonth = sheets.filter((c) => !c.org && c.ym).sort((a, b) => a.ym!.localeCompare(b.ym!));
    const total = sheets.find((c) => !c.org && !c.ym);
    const sections: ReportSection[] = [];
    if (ctx.area === "authority")
      sections.push({
        id: "organisation",
        title: t("timesheets.section.organisation"),
        columns: [
          { key: "org", header: t("columns.organisation"), kind: "text" },
          { key: "month", header: t("columns.month"), kind: "month" },
          ...countColumns,
        ],
        rows: perOrg.map((c) => [name(c.org!), month(c.ym!), ...countCells(c)]),
        totals: total ? [t("columns.total"), null, ...countCells(total)] : undefined,
        empty: t("timesheets.empty"),
      });
    sections.push({
      id: "month",
      title: t("timesheets.section.month"),
      columns: [{ key: "month", header: t("columns.month"), kind: "month" }, ...countColumns],
      rows: perMonth.map((c) => [month(c.ym!), ...countCells(c)]),
      totals: total ? [t("columns.total"), ...countCells(total)] : undefined,
      empty: t("timesheets.empty"),
    });

    // Vouchers per organisation holding them (every organisation chosen, even with none).
    const risky = (org: string | null, view: "at_risk" | "pending") =>
      [...risk.values()].filter((r) => r.view === view && (org === null || r.holder === org)).length;
    const vLink = (org: string | null, view: VoucherView) =>
      ctx.link({ list: `v:${org ?? "all"}:${view}` }) + "#rs-list";
    const vCells = (org: string | null, c: VoucherCounts | undefined): Cell[] => {
      // Active here means neither at risk nor to be annulled (the views part the vouchers, as on the vouchers page).
      const values: Record<VoucherView, number> = {
        active: (c?.active ?? 0) - risky(org, "at_risk") - risky(org, "pending"),
        at_risk: risky(org, "at_risk"),
        pending: risky(org, "pending"),
        annulled: c?.annulled ?? 0,
        annulledInPeriod: c?.annulledInPeriod ?? 0,
        closed: c?.closed ?? 0,
      };
      return VOUCHER_VIEWS.map((v) => (values[v] > 0 ? { value: values[v], href: vLink(org, v) } : 0));
    };
    const byHolder = new Map(vouchers.filter((v) => v.holder).map((v) => [v.holder!, v]));
    const vTotal = vouchers.find((v) => !v.holder);
    const vOrgs = ctx.orgs.filter((o) => byHolder.has(o.id));
    sections.push({
      id: "vouchers",
      title: t("timesheets.section.vouchers"),
      note: t("timesheets.vouchersNote"),
      columns: [
        { key: "org", header: t("columns.organisation"), kind: "text" },
        ...VOUCHER_VIEWS.map((v) => ({
          key: v,
          header: dyn(`timesheets.voucher.${v}`),
          kind: "int" as const,
        })),
      ],
      rows: vOrgs.map((o) => [orgShortName(o, locale), ...vCells(o.id, byHolder.get(o.id))]),
      totals: vOrgs.length > 0 ? [t("columns.total"), ...vCells(null, vTotal)] : undefined,
      empty: t("timesheets.noVouchers"),
    });
    const list = await listSection(ctx, today, risk);
    if (list) sections.push(list);

    const chart =
      perMonth.length > 0
        ? {
            kind: "stacked" as const,
            title: t("timesheets.chartTitle"),
            summary: t("timesheets.chartSummary"),
            x: "month",
            percent: true,
            series: SHEET_STATUSES.map((s) => ({
              key: s,
              name: dyn(`timesheets.status.${s}`),
              color: STATUS_COLOURS[s],
            })),
            data: perMonth.map((c) => ({
              month: c.ym!,
              ...Object.fromEntries(SHEET_STATUSES.map((s) => [s, share(c[s], c.total)])),
            })),
          }
        : null;
    return { sections, chart };
  },
});
