import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, startOfLocalDay } from "@/lib/calendar/zone";
import { orgShortName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { defineReport, type ReportContext } from "./definition";
import { periodDays } from "./period";
import type { Cell, Column, ReportSection } from "./table";

// Report 7 — the queue: children waiting now by birth-year cohort, district and priority category (the
// applications that chose a kindergarten of the filters); in the period, per kindergarten, the places
// released, moved to general access, taken and withdrawn (from the protocol's events), the referrals
// issued and what became of them (accepted, refused, lapsed, still open) and the median wait from the
// application to its referral. All counted in Postgres.

export const PRIORITIES = [
  "NONE",
  "OUT_OF_TURN",
  "DISABLED_PARENT",
  "ORPHAN",
  "LARGE_FAMILY",
  "SPECIAL_NEEDS",
] as const;
const EVENTS = ["RELEASED", "MOVED_TO_GENERAL", "TAKEN", "WITHDRAWN"] as const;
const REFERRALS = ["issued", "accepted", "refused", "lapsed", "open"] as const;

const extras = {};
type Ctx = ReportContext<typeof extras>;

type Waiting = { district: string | null; cohort: number | null; total: number } & Record<
  (typeof PRIORITIES)[number],
  number
>;

// Waiting applications that chose one of the kindergartens, by (district, cohort), by cohort and in all.
async function waiting(ids: string[]): Promise<Waiting[]> {
  if (ids.length === 0) return [];
  return prisma.$queryRaw<Waiting[]>`
    SELECT CASE WHEN GROUPING(t.code) = 1 THEN NULL ELSE t.code END AS district,
      CASE WHEN GROUPING(a."birthYear") = 1 THEN NULL ELSE a."birthYear" END AS cohort,
      count(*)::int AS total,
      ${Prisma.join(
        PRIORITIES.map(
          (p) =>
            Prisma.sql`count(*) FILTER (WHERE a.priority = ${p}::"PriorityCategory")::int AS ${Prisma.raw(`"${p}"`)}`,
        ),
      )}
    FROM "QueueApplication" a JOIN "Territory" t ON t.id = a."territoryId"
    WHERE a.status = 'WAITING'
      AND a.id IN (SELECT c."applicationId" FROM "QueueApplicationChoice" c WHERE c."organizationId" = ANY(${ids}))
    GROUP BY GROUPING SETS ((t.code, a."birthYear"), (a."birthYear"), ())`;
}

type Flow = { org: string | null } & Record<(typeof EVENTS)[number] | (typeof REFERRALS)[number], number> & {
    median: number | null;
  };

// The places' protocol events and the referrals issued in the period, per kindergarten and in all.
async function flows(ids: string[], since: Date, until: Date): Promise<Flow[]> {
  if (ids.length === 0) return [];
  const [events, referrals] = await Promise.all([
    prisma.$queryRaw<({ org: string | null } & Record<(typeof EVENTS)[number], number>)[]>`
      SELECT CASE WHEN GROUPING(e."organizationId") = 1 THEN NULL ELSE e."organizationId" END AS org,
        ${Prisma.join(
          EVENTS.map(
            (k) =>
              Prisma.sql`count(*) FILTER (WHERE e.kind = ${k}::"ProtocolEventKind")::int AS ${Prisma.raw(`"${k}"`)}`,
          ),
        )}
      FROM "ProtocolEvent" e
      WHERE e."organizationId" = ANY(${ids}) AND e.at >= ${since} AND e.at < ${until}
      GROUP BY GROUPING SETS ((e."organizationId"), ())`,
    prisma.$queryRaw<
      ({ org: string | null; median: number | null } & Record<(typeof REFERRALS)[number], number>)[]
    >`
      SELECT CASE WHEN GROUPING(p."organizationId") = 1 THEN NULL ELSE p."organizationId" END AS org,
        count(*)::int AS issued,
        count(*) FILTER (WHERE r.status IN ('ACCEPTED', 'ENROLLED'))::int AS accepted,
        count(*) FILTER (WHERE r.status = 'REFUSED')::int AS refused,
        count(*) FILTER (WHERE r.status = 'EXPIRED')::int AS lapsed,
        count(*) FILTER (WHERE r.status = 'ISSUED')::int AS open,
        round((percentile_cont(0.5) WITHIN GROUP (
          ORDER BY EXTRACT(EPOCH FROM (r."issuedAt" - a."submittedAt")) / 86400))::numeric, 1)::float8 AS median
      FROM "Referral" r
      JOIN "Place" p ON p.id = r."placeId"
      JOIN "QueueApplication" a ON a.id = r."applicationId"
      WHERE p."organizationId" = ANY(${ids}) AND r."issuedAt" >= ${since} AND r."issuedAt" < ${until}
      GROUP BY GROUPING SETS ((p."organizationId"), ())`,
  ]);
  const key = (org: string | null) => org ?? "";
  const out = new Map<string, Flow>();
  const blank = (org: string | null): Flow => ({
    org,
    ...(Object.fromEntries([...EVENTS, ...REFERRALS].map((k) => [k, 0])) as Record<
      (typeof EVENTS)[number] | (typeof REFERRALS)[number],
      number
    >),
    median: null,
  });
  for (const e of events) out.set(key(e.org), { ...blank(e.org), ...e });
  for (const r of referrals) out.set(key(r.org), { ...(out.get(key(r.org)) ?? blank(r.org)), ...r });
  return [...out.values()];
}

export const queueReport = defineReport({
  id: "queue",
  kinds: ["KINDERGARTEN"],
  period: true,
  extras,
  load: async (ctx: Ctx) => {
    const { t, dyn, locale } = ctx.words;
    const ids = ctx.orgs.map((o) => o.id);
    const { first, last } = periodDays(ctx.filter.from, ctx.filter.to);
    const [wait, flow] = await Promise.all([
      waiting(ids),
      flows(ids, startOfLocalDay(first), startOfLocalDay(addDays(last, 1))),
    ]);
    const districts = new Map(
      ctx.scope.orgs.flatMap((o) => (o.district ? [[o.district.code, o.district]] : [])),
    );
    const districtName = async (code: string) => {
      const known = districts.get(code);
      if (known) return territoryName(known, locale);
      const tr = await prisma.territory.findUnique({ where: { code } });
      return tr ? territoryName(tr, locale) : code;
    };
    const prioColumns: Column[] = [
      { key: "total", header: t("queue.waiting"), kind: "int" },
      ...PRIORITIES.map((p) => ({ key: p, header: dyn(`queue.priority.${p}`), kind: "int" as const })),
    ];
    const prioCells = (w: Waiting): Cell[] => [w.total, ...PRIORITIES.map((p) => w[p])];
    const byDistrict = wait.filter((w) => w.district !== null && w.cohort !== null);
    const byCohort = wait
      .filter((w) => w.district === null && w.cohort !== null)
      .sort((a, b) => a.cohort! - b.cohort!);
    const total = wait.find((w) => w.district === null && w.cohort === null);
    const names = new Map<string, string>();
    for (const w of byDistrict)
      if (!names.has(w.district!)) names.set(w.district!, await districtName(w.district!));
    byDistrict.sort(
      (a, b) => names.get(a.district!)!.localeCompare(names.get(b.district!)!, "kk") || a.cohort! - b.cohort!,
    );

    const sections: ReportSection[] = [
      {
        id: "waiting",
        title: t("queue.section.waiting"),
        note: t("queue.waitingNote"),
        columns: [
          { key: "district", header: t("columns.district"), kind: "text" },
          { key: "cohort", header: t("queue.cohort"), kind: "text" },
          ...prioColumns,
        ],
        rows: byDistrict.map((w) => [names.get(w.district!)!, String(w.cohort), ...prioCells(w)]),
        totals: total ? [t("columns.total"), null, ...prioCells(total)] : undefined,
        empty: t("queue.noWaiting"),
      },
      {
        id: "cohort",
        title: t("queue.section.cohort"),
        columns: [{ key: "cohort", header: t("queue.cohort"), kind: "text" }, ...prioColumns],
        rows: byCohort.map((w) => [String(w.cohort), ...prioCells(w)]),
        totals: total ? [t("columns.total"), ...prioCells(total)] : undefined,
        empty: t("queue.noWaiting"),
      },
    ];

    const flowColumns: Column[] = [
      ...EVENTS.map((k) => ({ key: k, header: dyn(`queue.event.${k}`), kind: "int" as const })),
      ...REFERRALS.map((k) => ({ key: k, header: dyn(`queue.referral.${k}`), kind: "int" as const })),
      { key: "median", header: t("queue.median"), kind: "decimal" },
    ];
    const flowCells = (f: Flow): Cell[] => [
      ...EVENTS.map((k) => f[k]),
      ...REFERRALS.map((k) => f[k]),
      f.median,
    ];
    const perOrg = new Map(flow.filter((f) => f.org).map((f) => [f.org!, f]));
    const flowRows = ctx.orgs
      .filter((o) => perOrg.has(o.id))
      .map((o) => [orgShortName(o, locale), ...flowCells(perOrg.get(o.id)!)]);
    const flowTotal = flow.find((f) => !f.org);
    sections.push({
      id: "places",
      title: t("queue.section.places"),
      columns: [{ key: "org", header: t("columns.organisation"), kind: "text" }, ...flowColumns],
      rows: flowRows,
      totals: flowTotal ? [t("columns.total"), ...flowCells(flowTotal)] : undefined,
      empty: t("queue.noPlaces"),
    });

    const chart =
      byCohort.length > 0
        ? {
            kind: "stacked" as const,
            title: t("queue.chartTitle"),
            summary: t("queue.chartSummary"),
            x: "cohort",
            series: PRIORITIES.map((p) => ({ key: p, name: dyn(`queue.priority.${p}`) })),
            data: byCohort.map((w) => ({
              cohort: String(w.cohort),
              ...Object.fromEntries(PRIORITIES.map((p) => [p, w[p]])),
            })),
          }
        : null;
    return { sections, chart };
  },
});
