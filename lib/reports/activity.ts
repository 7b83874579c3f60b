import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, localDate, startOfLocalDay } from "@/lib/calendar/zone";
import { orgShortName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { defineReport, type ReportContext } from "./definition";
import { localDay } from "./sql";
import { share, type Cell, type Column, type ReportSection } from "./table";

// Report 4 — activity (seed 002, figure 18): per district and per organisation, the persons on record —
// staff, children, parents — how many of them are registered users and their share, and the sign-ins of
// those users in the last day, week and month; the chart shows the sign-ins per day over the last 30
// days. Two views: by district ("by authority") and by every organisation. Counted in Postgres.

const VIEWS = ["district", "organisation"] as const;
const extras = { view: z.enum(VIEWS).optional() };
type Ctx = ReportContext<typeof extras>;

const KINDS = ["staff", "child", "parent"] as const;

type Counts = {
  district: string | null;
  org: string | null;
  persons: number;
  users: number;
  day: number;
  week: number;
  month: number;
} & Record<(typeof KINDS)[number] | `${(typeof KINDS)[number]}Users`, number>;

// The people of the organisations today: staff (employment not ended, not excluded), children (enrolled
// today), parents (verified representatives of those children) — with the organisation's district.
function people(ids: string[], today: string) {
  const current = Prisma.sql`e."startsOn" <= ${today}::date AND (e."endsOn" IS NULL OR e."endsOn" >= ${today}::date)`;
  return Prisma.sql`
    WITH p AS (
      SELECT m."organizationId" AS org, m."personId" AS person, 'staff' AS kind FROM "Membership" m
      WHERE m."organizationId" = ANY(${ids}) AND m."excludedAt" IS NULL
        AND (m."leftAt" IS NULL OR m."leftAt" >= ${today}::date)
      UNION
      SELECT e."organizationId", e."childId", 'child' FROM "Enrolment" e
      WHERE e."organizationId" = ANY(${ids}) AND ${current}
      UNION
      SELECT e."organizationId", r."representativeId", 'parent' FROM "Enrolment" e
      JOIN "LegalRepresentative" r ON r."childId" = e."childId" AND r.status = 'VERIFIED'
      WHERE e."organizationId" = ANY(${ids}) AND ${current}
    ), u AS (
      SELECT p.org, p.person, p.kind, t.code AS district, usr.id AS uid, usr."registeredAt" IS NOT NULL AS registered
      FROM p JOIN "Organization" o ON o.id = p.org JOIN "Territory" t ON t.id = o."territoryId"
      LEFT JOIN "User" usr ON usr."personId" = p.person
    )`;
}

const GROUPS = Prisma.sql`GROUP BY GROUPING SETS ((u.district, u.org), (u.district), ())`;
const KEYS = Prisma.sql`CASE WHEN GROUPING(u.district) = 1 THEN NULL ELSE u.district END AS district,
  CASE WHEN GROUPING(u.org) = 1 THEN NULL ELSE u.org END AS org`;

// The start of the last `days` calendar days (today included) in Kazakhstan time.
function sinceDays(now: Date, days: number): Date {
  return startOfLocalDay(addDays(localDate(now), 1 - days));
}

async function counts(ids: string[], now: Date): Promise<Counts[]> {
  if (ids.length === 0) return [];
  const today = localDate(now);
  const since = (days: number) => sinceDays(now, days);
  const [people_, signIns] = await Promise.all([
    prisma.$queryRaw<Omit<Counts, "day" | "week" | "month">[]>`
      ${people(ids, today)}
      SELECT ${KEYS},
        count(DISTINCT u.person)::int AS persons,
        count(DISTINCT u.person) FILTER (WHERE u.registered)::int AS users,
        ${Prisma.join(
          KINDS.map(
            (
              k,
            ) => Prisma.sql`count(DISTINCT u.person) FILTER (WHERE u.kind = ${k})::int AS ${Prisma.raw(`"${k}"`)},
              count(DISTINCT u.person) FILTER (WHERE u.kind = ${k} AND u.registered)::int AS ${Prisma.raw(`"${k}Users"`)}`,
          ),
        )}
      FROM u ${GROUPS}`,
    prisma.$queryRaw<Pick<Counts, "district" | "org" | "day" | "week" | "month">[]>`
      ${people(ids, today)}
      SELECT ${KEYS},
        count(DISTINCT e.id) FILTER (WHERE e.at >= ${since(1)})::int AS day,
        count(DISTINCT e.id) FILTER (WHERE e.at >= ${since(7)})::int AS week,
        count(DISTINCT e.id)::int AS month
      FROM u JOIN "SignInEvent" e ON e."userId" = u.uid AND e.success AND e.at >= ${since(30)} AND e.at <= ${now}
      ${GROUPS}`,
  ]);
  const key = (c: { district: string | null; org: string | null }) => `${c.district ?? ""}|${c.org ?? ""}`;
  const sign = new Map(signIns.map((s) => [key(s), s]));
  return people_.map((p) => ({
    ...p,
    day: 0,
    week: 0,
    month: 0,
    ...sign.get(key(p)),
    district: p.district,
    org: p.org,
  }));
}

// Successful sign-ins per day (Kazakhstan time) of the organisations' users over the last 30 days
// (today included, as the "month" column counts them).
async function perDay(ids: string[], now: Date): Promise<{ day: string; n: number }[]> {
  if (ids.length === 0) return [];
  const today = localDate(now);
  return prisma.$queryRaw<{ day: string; n: number }[]>`
    ${people(ids, today)}
    SELECT to_char(${localDay(Prisma.sql`e.at`)}, 'YYYY-MM-DD') AS day, count(DISTINCT e.id)::int AS n
    FROM u JOIN "SignInEvent" e ON e."userId" = u.uid AND e.success
      AND e.at >= ${sinceDays(now, 30)} AND e.at <= ${now}
    GROUP BY 1 ORDER BY 1`;
}

export const activityReport = defineReport({
  id: "activity",
  kinds: "all",
  period: false,
  extras,
  controls: (ctx) => [
    {
      kind: "tabs",
      name: "view",
      label: ctx.words.t("activity.viewLabel"),
      value: ctx.extras.view ?? "district",
      options: VIEWS.map((v) => ({ value: v, label: ctx.words.t(`activity.view.${v}`) })),
    },
  ],
  load: async (ctx: Ctx) => {
    const { t, locale } = ctx.words;
    const view = ctx.extras.view ?? "district";
    const ids = ctx.orgs.map((o) => o.id);
    const [rows, days] = await Promise.all([counts(ids, ctx.now), perDay(ids, ctx.now)]);
    const orgById = new Map(ctx.orgs.map((o) => [o.id, o]));
    const territories = await prisma.territory.findMany({
      where: { code: { in: [...new Set(rows.flatMap((r) => (r.district ? [r.district] : [])))] } },
      select: { code: true, nameKk: true, nameRu: true, nameEn: true },
    });
    const dName = new Map(territories.map((x) => [x.code, territoryName(x, locale)]));
    const countColumns: Column[] = [
      { key: "persons", header: t("activity.persons"), kind: "int" },
      { key: "users", header: t("activity.users"), kind: "int" },
      { key: "share", header: t("activity.share"), kind: "percent" },
      ...KINDS.flatMap((k) => [
        { key: k, header: t(`activity.kind.${k}`), kind: "int" as const },
        { key: `${k}Users`, header: t(`activity.kindUsers.${k}`), kind: "int" as const },
      ]),
      { key: "day", header: t("activity.day"), kind: "int" },
      { key: "week", header: t("activity.week"), kind: "int" },
      { key: "month", header: t("activity.month"), kind: "int" },
    ];
    const cells = (c: Counts): Cell[] => [
      c.persons,
      c.users,
      share(c.users, c.persons),
      ...KINDS.flatMap((k) => [c[k], c[`${k}Users`]]),
      c.day,
      c.week,
      c.month,
    ];
    const total = rows.find((r) => !r.district && !r.org);
    let section: ReportSection;
    if (view === "district") {
      const list = rows
        .filter((r) => r.district && !r.org)
        .map((r) => ({ name: dName.get(r.district!) ?? r.district!, r }))
        .sort((a, b) => a.name.localeCompare(b.name, "kk"));
      section = {
        id: "district",
        title: t("activity.section.district"),
        columns: [{ key: "district", header: t("columns.district"), kind: "text" }, ...countColumns],
        rows: list.map(({ name, r }) => [
          { value: name, href: ctx.link({ district: r.district, view: "organisation" }) },
          ...cells(r),
        ]),
        totals: total ? [t("columns.total"), ...cells(total)] : undefined,
        empty: t("activity.empty"),
      };
    } else {
      const list = rows
        .filter((r) => r.org)
        .map((r) => ({ org: orgById.get(r.org!)!, r }))
        .map(({ org, r }) => ({ name: orgShortName(org, locale), district: dName.get(r.district!) ?? "", r }))
        .sort((a, b) => a.district.localeCompare(b.district, "kk") || a.name.localeCompare(b.name, "kk"));
      section = {
        id: "organisation",
        title: t("activity.section.organisation"),
        columns: [
          { key: "org", header: t("columns.organisation"), kind: "text" },
          { key: "district", header: t("columns.district"), kind: "text" },
          ...countColumns,
        ],
        rows: list.map(({ name, district, r }) => [name, district, ...cells(r)]),
        totals: total ? [t("columns.total"), null, ...cells(total)] : undefined,
        empty: t("activity.empty"),
      };
    }
    // Every day of the last 30, with or without sign-ins.
    const today = localDate(ctx.now);
    const byDay = new Map(days.map((d) => [d.day, d.n]));
    const allDays = Array.from({ length: 30 }, (_, i) => addDays(today, i - 29));
    const daySection: ReportSection = {
      id: "days",
      title: t("activity.section.days"),
      columns: [
        { key: "day", header: t("activity.dayColumn"), kind: "date" },
        { key: "signIns", header: t("activity.signIns"), kind: "int" },
      ],
      rows: allDays.map((d) => [new Date(`${d}T00:00:00Z`), byDay.get(d) ?? 0]),
      totals: [t("columns.total"), allDays.reduce((s, d) => s + (byDay.get(d) ?? 0), 0)],
    };
    return {
      sections: [section, daySection],
      chart: {
        kind: "bar",
        title: t("activity.chartTitle"),
        summary: t("activity.chartSummary"),
        x: "day",
        series: [{ key: "signIns", name: t("activity.signIns") }],
        data: allDays.map((d) => ({
          day: d.slice(5).split("-").reverse().join("."),
          signIns: byDay.get(d) ?? 0,
        })),
      },
    };
  },
});
