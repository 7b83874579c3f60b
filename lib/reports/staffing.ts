import { localName } from "@/lib/org/names";
import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { localDate } from "@/lib/calendar/zone";
import { orgShortName } from "@/lib/org/names";
import { defineReport, type ReportContext } from "./definition";
import { ratio, type Cell, type Column, type ReportSection } from "./table";

// Report 8 — staffing by age group (seed 002's "ratio of positions for each age group"): for each age
// group — the birth-year cohort and the group type (its stay mode's length) — the groups, the children enrolled
// today, the educators, assistant educators and other staff bound to the groups, and the ratios
// (children per educator, per adult), set against the norm the reader enters (kept in the address:
// ?perEducator=&perAdult=); the groups outside the norm are listed. Per group, per age group and per
// organisation, all in Postgres.

const norm = z.coerce.number().positive().max(100).optional();
const extras = { perEducator: norm, perAdult: norm };
type Ctx = ReportContext<typeof extras>;

type Counts = {
  groups: number;
  children: number;
  educators: number;
  assistants: number;
  others: number;
  outside: number;
};
type AgeRow = Counts & {
  yFrom: number | null;
  yTo: number | null;
  mode: number | null;
  org: string | null;
  level: "age" | "org" | "all";
};
type GroupRow = {
  id: string;
  name: string;
  org: string;
  yFrom: number;
  yTo: number;
  mode: number | null;
  children: number;
  educators: number;
  assistants: number;
  others: number;
  overEducator: boolean;
  overAdult: boolean;
};

// Each active group of the organisations with its children today and the adults bound to it (each
// person once: an educator if they are one there, else an assistant, else another position), and
// whether it is outside the norms.
function perGroup(ids: string[], today: string, perEducator: number | null, perAdult: number | null) {
  const adults = Prisma.sql`(g.educators + g.assistants + g.others)`;
  return Prisma.sql`
    WITH base AS (
      SELECT gr.id, gr.name, gr."organizationId" AS org, gr."birthYearFrom" AS "yFrom", gr."birthYearTo" AS "yTo",
        (SELECT sm.hours::float8 FROM "StayMode" sm WHERE sm.id = gr."stayModeId") AS mode
      FROM "Group" gr WHERE gr."organizationId" = ANY(${ids}) AND gr."archivedAt" IS NULL
    ), ch AS (
      SELECT e."groupId", count(DISTINCT e."childId")::int AS n FROM "Enrolment" e
      WHERE e."groupId" IN (SELECT id FROM base) AND e."startsOn" <= ${today}::date
        AND (e."endsOn" IS NULL OR e."endsOn" >= ${today}::date)
      GROUP BY e."groupId"
    ), people AS (
      SELECT ge."groupId", ge."personId",
        bool_or(m.role = 'EDUCATOR') AS educator, bool_or(m.role = 'ASSISTANT_EDUCATOR') AS assistant
      FROM "GroupEducator" ge JOIN base ON base.id = ge."groupId"
      JOIN "Membership" m ON m."personId" = ge."personId" AND m."organizationId" = base.org
        AND m."excludedAt" IS NULL AND (m."leftAt" IS NULL OR m."leftAt" >= ${today}::date)
      GROUP BY ge."groupId", ge."personId"
    ), ad AS (
      SELECT "groupId", count(*) FILTER (WHERE educator)::int AS educators,
        count(*) FILTER (WHERE NOT educator AND assistant)::int AS assistants,
        count(*) FILTER (WHERE NOT educator AND NOT assistant)::int AS others
      FROM people GROUP BY "groupId"
    ), g AS (
      SELECT base.*, COALESCE(ch.n, 0) AS children, COALESCE(ad.educators, 0) AS educators,
        COALESCE(ad.assistants, 0) AS assistants, COALESCE(ad.others, 0) AS others
      FROM base LEFT JOIN ch ON ch."groupId" = base.id LEFT JOIN ad ON ad."groupId" = base.id
    ), judged AS (
      SELECT g.*,
        (${perEducator}::float8 IS NOT NULL AND g.children > 0
          AND (g.educators = 0 OR g.children::float8 / g.educators > ${perEducator}::float8)) AS "overEducator",
        (${perAdult}::float8 IS NOT NULL AND g.children > 0
          AND (${adults} = 0 OR g.children::float8 / ${adults} > ${perAdult}::float8)) AS "overAdult"
      FROM g
    )`;
}

export const staffingReport = defineReport({
  id: "staffing",
  kinds: ["KINDERGARTEN"],
  period: false,
  extras,
  controls: (ctx) => [
    {
      kind: "number",
      name: "perEducator",
      label: ctx.words.t("staffing.normPerEducator"),
      value: ctx.extras.perEducator ? String(ctx.extras.perEducator) : "",
      min: 1,
      max: 100,
      step: 0.5,
    },
    {
      kind: "number",
      name: "perAdult",
      label: ctx.words.t("staffing.normPerAdult"),
      value: ctx.extras.perAdult ? String(ctx.extras.perAdult) : "",
      min: 1,
      max: 100,
      step: 0.5,
    },
  ],
  load: async (ctx: Ctx) => {
    const { t, locale } = ctx.words;
    const ids = ctx.orgs.map((o) => o.id);
    const today = localDate(ctx.now);
    const perEducator = ctx.extras.perEducator ?? null;
    const perAdult = ctx.extras.perAdult ?? null;
    const hasNorm = perEducator !== null || perAdult !== null;
    const [ages, outside, modes] = ids.length
      ? await Promise.all([
          prisma.$queryRaw<AgeRow[]>`
            ${perGroup(ids, today, perEducator, perAdult)}
            SELECT CASE WHEN GROUPING(org) = 0 THEN 'org' WHEN GROUPING("yFrom") = 0 THEN 'age' ELSE 'all' END AS level,
              CASE WHEN GROUPING("yFrom") = 1 THEN NULL ELSE "yFrom" END AS "yFrom",
              CASE WHEN GROUPING("yTo") = 1 THEN NULL ELSE "yTo" END AS "yTo",
              CASE WHEN GROUPING(mode) = 1 THEN NULL ELSE mode END AS mode,
              CASE WHEN GROUPING(org) = 1 THEN NULL ELSE org END AS org,
              count(*)::int AS groups, sum(children)::int AS children, sum(educators)::int AS educators,
              sum(assistants)::int AS assistants, sum(others)::int AS others,
              count(*) FILTER (WHERE "overEducator" OR "overAdult")::int AS outside
            FROM judged
            GROUP BY GROUPING SETS (("yFrom", "yTo", mode), (org), ())`,
          hasNorm
            ? prisma.$queryRaw<GroupRow[]>`
                ${perGroup(ids, today, perEducator, perAdult)}
                SELECT id, name, org, "yFrom", "yTo", mode, children, educators, assistants, others,
                  "overEducator", "overAdult"
                FROM judged WHERE "overEducator" OR "overAdult"
                ORDER BY "yFrom", "yTo", name LIMIT 500`
            : Promise.resolve([] as GroupRow[]),
          prisma.stayMode.findMany({
            where: { organizationId: { in: ids } },
            select: { nameKk: true, nameRu: true, hours: true },
            orderBy: { nameKk: "asc" },
          }),
        ])
      : [[], [], []];
    // A group type is a stay mode's length (kindergartens name their modes themselves): named after the
    // first mode in scope of that length.
    const modeName = new Map<number, string>();
    for (const m of modes)
      if (!modeName.has(Number(m.hours)))
        modeName.set(Number(m.hours), localName(m.nameKk, m.nameRu, locale));
    const cohort = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);
    const typeOf = (mode: number | null) =>
      mode === null ? t("staffing.noMode") : (modeName.get(mode) ?? t("staffing.hours", { hours: mode }));
    const orgName = new Map(ctx.orgs.map((o) => [o.id, orgShortName(o, locale)]));
    const countColumns: Column[] = [
      { key: "groups", header: t("staffing.groups"), kind: "int" },
      { key: "children", header: t("staffing.children"), kind: "int" },
      { key: "educators", header: t("staffing.educators"), kind: "int" },
      { key: "assistants", header: t("staffing.assistants"), kind: "int" },
      { key: "others", header: t("staffing.others"), kind: "int" },
      { key: "perEducator", header: t("staffing.perEducator"), kind: "decimal" },
      { key: "perAdult", header: t("staffing.perAdult"), kind: "decimal" },
      ...(hasNorm ? [{ key: "outside", header: t("staffing.outside"), kind: "int" as const }] : []),
    ];
    const cells = (c: Counts): Cell[] => [
      c.groups,
      c.children,
      c.educators,
      c.assistants,
      c.others,
      ratio(c.children, c.educators),
      ratio(c.children, c.educators + c.assistants + c.others),
      ...(hasNorm ? [c.outside] : []),
    ];
    const ageRows = ages
      .filter((a) => a.level === "age")
      .sort((a, b) => a.yFrom! - b.yFrom! || a.yTo! - b.yTo! || (a.mode ?? 0) - (b.mode ?? 0));
    const total = ages.find((a) => a.level === "all");
    const normNote = hasNorm
      ? t("staffing.normNote", {
          perEducator: perEducator ?? "—",
          perAdult: perAdult ?? "—",
        })
      : t("staffing.noNorm");
    const sections: ReportSection[] = [
      {
        id: "age",
        title: t("staffing.section.age"),
        note: normNote,
        columns: [
          { key: "cohort", header: t("staffing.cohort"), kind: "text" },
          { key: "type", header: t("staffing.type"), kind: "text" },
          ...countColumns,
        ],
        rows: ageRows.map((a) => [cohort(a.yFrom!, a.yTo!), typeOf(a.mode), ...cells(a)]),
        totals: total ? [t("columns.total"), null, ...cells(total)] : undefined,
        empty: t("staffing.empty"),
      },
    ];
    if (ctx.area === "authority")
      sections.push({
        id: "organisation",
        title: t("staffing.section.organisation"),
        columns: [{ key: "org", header: t("columns.organisation"), kind: "text" }, ...countColumns],
        rows: ages
          .filter((a) => a.level === "org")
          .map((a) => ({ name: orgName.get(a.org!) ?? "", a }))
          .sort((x, y) => x.name.localeCompare(y.name, "kk"))
          .map(({ name, a }) => [name, ...cells(a)]),
        totals: total ? [t("columns.total"), ...cells(total)] : undefined,
        empty: t("staffing.empty"),
      });
    if (hasNorm)
      sections.push({
        id: "outside",
        title: t("staffing.section.outside"),
        note: normNote,
        columns: [
          ...(ctx.area === "authority"
            ? [{ key: "org", header: t("columns.organisation"), kind: "text" } as Column]
            : []),
          { key: "group", header: t("columns.group"), kind: "text" },
          { key: "cohort", header: t("staffing.cohort"), kind: "text" },
          { key: "type", header: t("staffing.type"), kind: "text" },
          { key: "children", header: t("staffing.children"), kind: "int" },
          { key: "educators", header: t("staffing.educators"), kind: "int" },
          { key: "adults", header: t("staffing.adults"), kind: "int" },
          { key: "perEducator", header: t("staffing.perEducator"), kind: "decimal" },
          { key: "perAdult", header: t("staffing.perAdult"), kind: "decimal" },
          { key: "why", header: t("staffing.why"), kind: "text" },
        ],
        rows: outside
          .map((g) => ({ org: orgName.get(g.org) ?? "", g }))
          .sort(
            (x, y) =>
              x.org.localeCompare(y.org, "kk") || x.g.yFrom - y.g.yFrom || x.g.name.localeCompare(y.g.name),
          )
          .map(({ org, g }) => {
            const adults = g.educators + g.assistants + g.others;
            return [
              ...(ctx.area === "authority" ? [org] : []),
              g.name,
              cohort(g.yFrom, g.yTo),
              typeOf(g.mode),
              g.children,
              g.educators,
              adults,
              ratio(g.children, g.educators),
              ratio(g.children, adults),
              [
                g.overEducator ? t("staffing.overEducator") : null,
                g.overAdult ? t("staffing.overAdult") : null,
              ]
                .filter(Boolean)
                .join("; "),
            ];
          }),
        empty: t("staffing.noneOutside"),
      });
    const chart =
      ageRows.length > 0
        ? {
            kind: "bar" as const,
            title: t("staffing.chartTitle"),
            summary: t("staffing.chartSummary"),
            x: "age",
            series: [
              { key: "perEducator", name: t("staffing.perEducator") },
              { key: "perAdult", name: t("staffing.perAdult") },
            ],
            data: ageRows.map((a) => ({
              age: `${cohort(a.yFrom!, a.yTo!)} · ${typeOf(a.mode)}`,
              perEducator: ratio(a.children, a.educators),
              perAdult: ratio(a.children, a.educators + a.assistants + a.others),
            })),
            references: [
              ...(perEducator ? [{ value: perEducator, label: t("staffing.normPerEducator") }] : []),
              ...(perAdult ? [{ value: perAdult, label: t("staffing.normPerAdult") }] : []),
            ],
          }
        : null;
    return { sections, chart };
  },
});
