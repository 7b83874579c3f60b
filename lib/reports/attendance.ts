import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { orgShortName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { defineReport, type ReportContext } from "./definition";
import { formatYm, periodDays } from "./period";
import { monthDate, share, type Cell, type Column, type ReportSection } from "./table";

// Report 5 — attendance: child-days marked, attended and absent (by reason) and the attendance rate,
// by district, organisation, group or month, with the trend over the months. Summed in Postgres from the
// monthly rollup AttendanceMonth (one row per child, group and month, kept exact by triggers on AttendanceMark).

export const ABSENCE_REASONS = [
  "ILLNESS_CERTIFIED",
  "ILLNESS_UNCERTIFIED",
  "VACATION",
  "FAMILY",
  "QUARANTINE",
  "UNEXCUSED",
  "OTHER",
  "UNKNOWN",
] as const;

const BY = ["organisation", "district", "group", "month"] as const;
type By = (typeof BY)[number];

const extras = {
  by: z.enum(BY).optional(),
  group: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .optional(),
};
type Ctx = ReportContext<typeof extras>;

/** One row of counts (a dimension's value, or the total when key is null). */
export type AttendanceCounts = {
  key: string | null;
  children: number;
  marked: number;
  present: number;
  absent: number;
} & Record<(typeof ABSENCE_REASONS)[number], number>;

// The dimension a row is grouped by (as SQL over the monthly rollup `a`).
function dimension(by: By): Prisma.Sql {
  switch (by) {
    case "organisation":
      return Prisma.sql`a."organizationId"`;
    case "district":
      return Prisma.sql`t.code`;
    case "group":
      return Prisma.sql`a."groupId"`;
    case "month":
      return Prisma.sql`to_char(a.month, 'YYYY-MM')`;
  }
}

// Each reason's column of the rollup (AttendanceMonth, kept by triggers on AttendanceMark).
const REASON_COLUMN: Record<(typeof ABSENCE_REASONS)[number], string> = {
  ILLNESS_CERTIFIED: "illnessCertified",
  ILLNESS_UNCERTIFIED: "illnessUncertified",
  VACATION: "vacation",
  FAMILY: "family",
  QUARANTINE: "quarantine",
  UNEXCUSED: "unexcused",
  OTHER: "other",
  UNKNOWN: "unknown",
};
const REASON_SQL = Prisma.join(
  ABSENCE_REASONS.map((r) => Prisma.raw(`coalesce(sum(a."${REASON_COLUMN[r]}"), 0)::int AS "${r}"`)),
);

// The counts per value of the dimension, and the total (key null) — one GROUPING SETS query over the
// monthly rollup (a row per child, group and month; the period is whole months), not the daily marks.
export async function attendanceCounts(
  orgIds: string[],
  first: string,
  last: string,
  by: By,
  groupId: string | null,
): Promise<AttendanceCounts[]> {
  if (orgIds.length === 0) return [];
  const dim = dimension(by);
  const join =
    by === "district"
      ? Prisma.sql`JOIN "Organization" o ON o.id = a."organizationId" JOIN "Territory" t ON t.id = o."territoryId"`
      : Prisma.empty;
  return prisma.$queryRaw<AttendanceCounts[]>`
    SELECT CASE WHEN GROUPING(${dim}) = 1 THEN NULL ELSE ${dim} END AS key,
      count(DISTINCT a."childId")::int AS children,
      coalesce(sum(a.marked), 0)::int AS marked,
      coalesce(sum(a.present), 0)::int AS present,
      coalesce(sum(a.absent), 0)::int AS absent,
      ${REASON_SQL}
    FROM "AttendanceMonth" a ${join}
    WHERE a."organizationId" = ANY(${orgIds})
      AND a.month BETWEEN date_trunc('month', ${first}::date)::date AND ${last}::date
      ${groupId ? Prisma.sql`AND a."groupId" = ${groupId}` : Prisma.empty}
    GROUP BY GROUPING SETS ((${dim}), ())`;
}

// The columns of the counts (after the row's name columns).
function countColumns(ctx: Ctx): Column[] {
  const { t, dyn } = ctx.words;
  return [
    { key: "children", header: t("attendance.children"), kind: "int" },
    { key: "marked", header: t("attendance.marked"), kind: "int" },
    { key: "present", header: t("attendance.present"), kind: "int" },
    { key: "absent", header: t("attendance.absent"), kind: "int" },
    ...ABSENCE_REASONS.map((r) => ({ key: r, header: dyn(`reason.${r}`), kind: "int" as const })),
    { key: "rate", header: t("attendance.rate"), kind: "percent" },
  ];
}

function countCells(c: AttendanceCounts): Cell[] {
  return [
    c.children,
    c.marked,
    c.present,
    c.absent,
    ...ABSENCE_REASONS.map((r) => c[r]),
    share(c.present, c.marked),
  ];
}

// The effective grouping: a kindergarten's reader has no districts or organisations to compare.
function byOf(ctx: Ctx): By {
  const by = ctx.extras.by ?? (ctx.area === "kindergarten" ? "group" : "organisation");
  return ctx.area === "kindergarten" && (by === "organisation" || by === "district") ? "group" : by;
}

// The group chosen, if it belongs to the one organisation chosen (else a note and no group).
async function chosenGroup(ctx: Ctx): Promise<{ id: string; name: string } | null> {
  const id = ctx.extras.group;
  if (!id) return null;
  const orgId = ctx.orgs.length === 1 ? ctx.orgs[0]!.id : null;
  const group = orgId
    ? await prisma.group.findFirst({ where: { id, organizationId: orgId }, select: { id: true, name: true } })
    : null;
  if (!group) ctx.note(ctx.words.t("notes.group"));
  return group;
}

export const attendanceReport = defineReport({
  id: "attendance",
  kinds: ["KINDERGARTEN"],
  period: true,
  extras,
  controls: async (ctx) => {
    const { t } = ctx.words;
    const views = (ctx.area === "kindergarten" ? (["group", "month"] as const) : BY).map((v) => ({
      value: v,
      label: t(`attendance.by.${v}`),
    }));
    const single = ctx.orgs.length === 1 ? ctx.orgs[0]!.id : null;
    const groups = single
      ? await prisma.group.findMany({
          where: { organizationId: single },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        })
      : [];
    return [
      { kind: "select", name: "by", label: t("attendance.byLabel"), value: byOf(ctx), options: views },
      ...(single
        ? [
            {
              kind: "select" as const,
              name: "group",
              label: t("attendance.group"),
              value: groups.some((g) => g.id === ctx.extras.group) ? ctx.extras.group! : "",
              options: groups.map((g) => ({ value: g.id, label: g.name })),
              all: t("attendance.allGroups"),
            },
          ]
        : []),
    ];
  },
  load: async (ctx) => {
    const { t, locale } = ctx.words;
    const by = byOf(ctx);
    const group = await chosenGroup(ctx);
    const { first, last } = periodDays(ctx.filter.from, ctx.filter.to);
    const ids = ctx.orgs.map((o) => o.id);
    const [rows, trend] = await Promise.all([
      attendanceCounts(ids, first, last, by, group?.id ?? null),
      by === "month" ? Promise.resolve(null) : attendanceCounts(ids, first, last, "month", group?.id ?? null),
    ]);
    const total = rows.find((r) => r.key === null);
    const items = rows.filter((r) => r.key !== null);
    const orgById = new Map(ctx.orgs.map((o) => [o.id, o]));

    // The name cells of each row (with a link one level down).
    let nameColumns: Column[];
    let named: { sort: string; cells: Cell[]; counts: AttendanceCounts }[];
    if (by === "organisation") {
      nameColumns = [
        { key: "org", header: t("columns.organisation"), kind: "text" },
        { key: "district", header: t("columns.district"), kind: "text" },
      ];
      named = items.map((r) => {
        const o = orgById.get(r.key!)!;
        const name = orgShortName(o, locale);
        return {
          sort: name,
          counts: r,
          cells: [
            { value: name, href: ctx.link({ org: o.id, by: "group" }) },
            o.district ? territoryName(o.district, locale) : "",
          ],
        };
      });
    } else if (by === "district") {
      const districts = new Map(ctx.orgs.flatMap((o) => (o.district ? [[o.district.code, o.district]] : [])));
      nameColumns = [{ key: "district", header: t("columns.district"), kind: "text" }];
      named = items.map((r) => {
        const d = districts.get(r.key!);
        const name = d ? territoryName(d, locale) : r.key!;
        return {
          sort: name,
          counts: r,
          cells: [{ value: name, href: ctx.link({ district: r.key, by: "organisation" }) }],
        };
      });
    } else if (by === "group") {
      const groups = await prisma.group.findMany({
        where: { id: { in: items.map((r) => r.key!) } },
        select: { id: true, name: true, organizationId: true, birthYearFrom: true, birthYearTo: true },
      });
      const byId = new Map(groups.map((g) => [g.id, g]));
      nameColumns = [
        { key: "group", header: t("columns.group"), kind: "text" },
        ...(ctx.area === "authority"
          ? [{ key: "org", header: t("columns.organisation"), kind: "text" } as Column]
          : []),
      ];
      named = items.map((r) => {
        const g = byId.get(r.key!);
        const org = g ? orgById.get(g.organizationId) : undefined;
        const orgName = org ? orgShortName(org, locale) : "";
        return {
          sort: `${orgName} ${g?.name ?? ""}`,
          counts: r,
          cells: [g?.name ?? "", ...(ctx.area === "authority" ? [orgName] : [])],
        };
      });
    } else {
      nameColumns = [{ key: "month", header: t("columns.month"), kind: "month" }];
      named = items.map((r) => {
        const [y, m] = r.key!.split("-").map(Number) as [number, number];
        return { sort: r.key!, counts: r, cells: [monthDate(y, m)] };
      });
    }
    named.sort((a, b) => a.sort.localeCompare(b.sort, "kk"));
    const columns = [...nameColumns, ...countColumns(ctx)];
    const totalCells = (c: AttendanceCounts | undefined, width: number): Cell[] | undefined =>
      c
        ? [t("columns.total"), ...Array.from({ length: width - 1 }, () => null), ...countCells(c)]
        : undefined;
    const main: ReportSection = {
      id: by,
      title: t(`attendance.section.${by}`),
      columns,
      rows: named.map((n) => [...n.cells, ...countCells(n.counts)]),
      totals: totalCells(total, nameColumns.length),
      empty: t("attendance.empty"),
    };

    const monthRows = (by === "month" ? items : (trend ?? []).filter((r) => r.key !== null)).sort((a, b) =>
      a.key!.localeCompare(b.key!),
    );
    const sections: ReportSection[] = [main];
    if (by !== "month")
      sections.push({
        id: "month",
        title: t("attendance.section.month"),
        columns: [{ key: "month", header: t("columns.month"), kind: "month" }, ...countColumns(ctx)],
        rows: monthRows.map((r) => {
          const [y, m] = r.key!.split("-").map(Number) as [number, number];
          return [monthDate(y, m), ...countCells(r)];
        }),
        totals: totalCells(
          (trend ?? []).find((r) => r.key === null),
          1,
        ),
        empty: t("attendance.empty"),
      });
    const chart =
      monthRows.length > 0
        ? {
            kind: "line" as const,
            title: t("attendance.chartTitle"),
            summary: t("attendance.chartSummary", {
              from: formatYm(ctx.filter.from),
              to: formatYm(ctx.filter.to),
            }),
            x: "month",
            percent: true,
            series: [{ key: "rate", name: t("attendance.rate") }],
            data: monthRows.map((r) => ({ month: r.key!, rate: share(r.present, r.marked) })),
          }
        : null;
    return { sections, chart };
  },
});
