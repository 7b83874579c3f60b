import { localName } from "@/lib/org/names";
import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MemberRole, QualificationCategory } from "@/lib/generated/prisma/enums";
import { addDays, localDate, startOfLocalDay } from "@/lib/calendar/zone";
import { maskIin } from "@/lib/iin/iin";
import { orgShortName, personName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { attendanceCounts } from "./attendance";
import { PEDAGOGICAL_ROLES } from "./attestation";
import { defineReport, type ReportContext } from "./definition";
import { monthsOf, periodDays, formatYm } from "./period";
import { monthDate, share, wallClock, type Cell, type ReportSection } from "./table";
import { timesheetCounts } from "./timesheets";

// Report 3 — one organisation (seed 002, figure 17, for preschool): its data, the movement of children per
// month (enrolled, from another kindergarten, between groups, to another kindergarten, withdrawn, to
// school), attendance and timesheet confirmation per month, data completeness (each gap listed, with a
// link to fix it in the kindergarten's own pages), the lists of children and staff, and the change
// history from the audit log. An officer chooses the organisation in the filters; a kindergarten's
// manager sees their own. Every count is SQL; the lists are the organisation's own rows, bounded.

const extras = {};
type Ctx = ReportContext<typeof extras>;

const MOVES = ["enrolled", "in", "moved", "out", "withdrawn", "school"] as const;
type Moves = { ym: string | null } & Record<(typeof MOVES)[number], number>;

// Starts and ends of enrolments in the organisation per month, by what they were.
async function movement(org: string, first: string, last: string): Promise<Moves[]> {
  return prisma.$queryRaw<Moves[]>`
    WITH starts AS (
      SELECT to_char(e."startsOn", 'YYYY-MM') AS ym,
        CASE
          WHEN EXISTS (SELECT 1 FROM "Enrolment" p WHERE p."childId" = e."childId"
            AND p."organizationId" = e."organizationId" AND p."endsOn" = e."startsOn" - 1
            AND p."endKind" = 'TRANSFERRED') THEN 'moved'
          WHEN EXISTS (SELECT 1 FROM "Enrolment" p WHERE p."childId" = e."childId"
            AND p."organizationId" <> e."organizationId" AND p."endsOn" < e."startsOn"
            AND p."endsOn" >= e."startsOn" - 31) THEN 'in'
          ELSE 'enrolled'
        END AS kind
      FROM "Enrolment" e
      WHERE e."organizationId" = ${org} AND e."startsOn" BETWEEN ${first}::date AND ${last}::date
    ), ends AS (
      SELECT to_char(e."endsOn", 'YYYY-MM') AS ym,
        CASE
          WHEN e."endKind" = 'TRANSFERRED' THEN NULL
          WHEN e."endKind" = 'SCHOOL' THEN 'school'
          WHEN EXISTS (SELECT 1 FROM "Enrolment" n WHERE n."childId" = e."childId"
            AND n."organizationId" <> e."organizationId" AND n."startsOn" > e."endsOn"
            AND n."startsOn" <= e."endsOn" + 31) THEN 'out'
          ELSE 'withdrawn'
        END AS kind
      FROM "Enrolment" e
      WHERE e."organizationId" = ${org} AND e."endsOn" BETWEEN ${first}::date AND ${last}::date
    ), moves AS (SELECT * FROM starts UNION ALL SELECT * FROM ends WHERE kind IS NOT NULL)
    SELECT CASE WHEN GROUPING(ym) = 1 THEN NULL ELSE ym END AS ym,
      ${Prisma.join(MOVES.map((m) => Prisma.sql`count(*) FILTER (WHERE kind = ${m})::int AS ${Prisma.raw(`"${m}"`)}`))}
    FROM moves GROUP BY GROUPING SETS ((ym), ())`;
}

/** A gap in the organisation's data: what kind, the item and where it is fixed. */
type Gap = { check: (typeof CHECKS)[number]; id: string; label: string; n: number };
const CHECKS = [
  "groupNoEducator",
  "groupNoRoom",
  "groupNoStayMode",
  "groupOverCapacity",
  "childNoRepresentative",
  "childNoIin",
  "staffNoCategory",
  "roomNoPlaces",
] as const;
const GAP_LIMIT = 100;

// Each check's items (at most GAP_LIMIT) with the check's total count (a window count in SQL).
async function gaps(org: string, today: string): Promise<Gap[]> {
  const current = Prisma.sql`e."startsOn" <= ${today}::date AND (e."endsOn" IS NULL OR e."endsOn" >= ${today}::date)`;
  const activeGroups = Prisma.sql`g."organizationId" = ${org} AND g."archivedAt" IS NULL`;
  const queries: Record<(typeof CHECKS)[number], Prisma.Sql> = {
    groupNoEducator: Prisma.sql`SELECT g.id, g.name AS label FROM "Group" g WHERE ${activeGroups}
      AND NOT EXISTS (SELECT 1 FROM "GroupEducator" ge JOIN "Membership" m ON m."personId" = ge."personId"
        AND m."organizationId" = g."organizationId" AND m.role = 'EDUCATOR' AND m."excludedAt" IS NULL
        AND (m."leftAt" IS NULL OR m."leftAt" >= ${today}::date) WHERE ge."groupId" = g.id)`,
    groupNoRoom: Prisma.sql`SELECT g.id, g.name AS label FROM "Group" g WHERE ${activeGroups} AND g."roomId" IS NULL`,
    groupNoStayMode: Prisma.sql`SELECT g.id, g.name AS label FROM "Group" g WHERE ${activeGroups} AND g."stayModeId" IS NULL`,
    groupOverCapacity: Prisma.sql`SELECT g.id, g.name || ' (' || count(e.id) || ' / ' || g.capacity || ')' AS label
      FROM "Group" g JOIN "Enrolment" e ON e."groupId" = g.id AND ${current}
      WHERE ${activeGroups} GROUP BY g.id HAVING count(e.id) > g.capacity`,
    childNoRepresentative: Prisma.sql`SELECT p.id, p."lastName" || ' ' || p."firstName" AS label
      FROM "Enrolment" e JOIN "Person" p ON p.id = e."childId"
      WHERE e."organizationId" = ${org} AND ${current}
        AND NOT EXISTS (SELECT 1 FROM "LegalRepresentative" r WHERE r."childId" = e."childId" AND r.status = 'VERIFIED')`,
    childNoIin: Prisma.sql`SELECT p.id, p."lastName" || ' ' || p."firstName" AS label
      FROM "Enrolment" e JOIN "Person" p ON p.id = e."childId"
      WHERE e."organizationId" = ${org} AND ${current} AND p.iin IS NULL`,
    staffNoCategory: Prisma.sql`SELECT m.id, p."lastName" || ' ' || p."firstName" AS label
      FROM "Membership" m JOIN "Person" p ON p.id = m."personId"
      WHERE m."organizationId" = ${org} AND m."excludedAt" IS NULL
        AND (m."leftAt" IS NULL OR m."leftAt" >= ${today}::date)
        AND m.role::text = ANY(${[...PEDAGOGICAL_ROLES]}) AND m.qualification IS NULL`,
    roomNoPlaces: Prisma.sql`SELECT r.id, b.name || ' · ' || r.name AS label
      FROM "Room" r JOIN "Building" b ON b.id = r."buildingId"
      WHERE b."organizationId" = ${org} AND b."archivedAt" IS NULL AND r."archivedAt" IS NULL AND r.places = 0`,
  };
  const results = await Promise.all(
    CHECKS.map((check) =>
      prisma.$queryRaw<{ id: string; label: string; n: number }[]>`
        SELECT id, label, (count(*) OVER ())::int AS n FROM (${queries[check]}) q ORDER BY label LIMIT ${GAP_LIMIT}`.then(
        (rows) => rows.map((r) => ({ ...r, check })),
      ),
    ),
  );
  return results.flat();
}

// Where a gap is fixed, in the kindergarten's own pages.
function fixHref(locale: string, g: Gap): string {
  switch (g.check) {
    case "groupNoEducator":
      return `/${locale}/kindergarten/staff`;
    case "groupNoRoom":
    case "groupNoStayMode":
    case "groupOverCapacity":
      return `/${locale}/kindergarten/groups/${g.id}/edit`;
    case "childNoRepresentative":
    case "childNoIin":
      return `/${locale}/kindergarten/contingent/${g.id}`;
    case "staffNoCategory":
      return `/${locale}/kindergarten/staff/${g.id}`;
    case "roomNoPlaces":
      return `/${locale}/kindergarten/buildings`;
  }
}

export const organisationReport = defineReport({
  id: "organisation",
  kinds: ["KINDERGARTEN"],
  period: true,
  extras,
  load: async (ctx: Ctx) => {
    const { t, dyn, locale } = ctx.words;
    const org = ctx.area === "kindergarten" || ctx.filter.org ? (ctx.orgs[0] ?? null) : null;
    if (!org)
      return {
        sections: [
          {
            id: "choose",
            title: t("organisation.chooseTitle"),
            note: t("organisation.choose"),
            columns: [
              { key: "org", header: t("columns.organisation"), kind: "text" },
              { key: "district", header: t("columns.district"), kind: "text" },
            ],
            rows: ctx.orgs.map((o) => [
              { value: orgShortName(o, locale), href: ctx.link({ org: o.id }) },
              o.district ? territoryName(o.district, locale) : "",
            ]),
            empty: t("organisation.none"),
          },
        ],
        chart: null,
      };
    const today = localDate(ctx.now);
    const { first, last } = periodDays(ctx.filter.from, ctx.filter.to);
    const { from, to } = ctx.filter;
    const [info, moves, marks, sheets, gapList, children, staff, history] = await Promise.all([
      prisma.organization.findUniqueOrThrow({
        where: { id: org.id },
        select: {
          fullNameKk: true,
          fullNameRu: true,
          orgType: true,
          bin: true,
          territory: { select: { nameKk: true, nameRu: true, nameEn: true } },
          settings: {
            select: { legalAddress: true, actualAddress: true, phones: true, email: true, website: true },
          },
          _count: { select: { groups: { where: { archivedAt: null } } } },
        },
      }),
      movement(org.id, first, last),
      attendanceCounts([org.id], first, last, "month", null),
      timesheetCounts([org.id], from, to),
      gaps(org.id, today),
      prisma.enrolment.findMany({
        where: {
          organizationId: org.id,
          startsOn: { lte: new Date(`${today}T00:00:00Z`) },
          OR: [{ endsOn: null }, { endsOn: { gte: new Date(`${today}T00:00:00Z`) } }],
        },
        select: {
          startsOn: true,
          group: { select: { name: true } },
          child: { select: { lastName: true, firstName: true, middleName: true, iin: true } },
        },
        orderBy: [
          { group: { name: "asc" } },
          { child: { lastName: "asc" } },
          { child: { firstName: "asc" } },
        ],
        take: 1000,
      }),
      prisma.membership.findMany({
        where: {
          organizationId: org.id,
          excludedAt: null,
          OR: [{ leftAt: null }, { leftAt: { gte: new Date(`${today}T00:00:00Z`) } }],
        },
        select: {
          role: true,
          positionTitle: true,
          qualification: true,
          arrivedAt: true,
          person: { select: { lastName: true, firstName: true, middleName: true } },
        },
        orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
        take: 1000,
      }),
      prisma.auditLog.findMany({
        where: {
          organizationId: org.id,
          at: { gte: startOfLocalDay(first), lt: startOfLocalDay(addDays(last, 1)) },
        },
        select: { at: true, action: true, entityType: true, actorPersonId: true },
        orderBy: { at: "desc" },
        take: 300,
      }),
    ]);
    const actors = await prisma.person.findMany({
      where: { id: { in: [...new Set(history.flatMap((h) => (h.actorPersonId ? [h.actorPersonId] : [])))] } },
      select: { id: true, lastName: true, firstName: true, middleName: true },
    });
    const actorName = new Map(actors.map((a) => [a.id, personName(a)]));
    const none = t("registry.noData");
    const or = (v: string | null | undefined) => (v && v.trim() ? v : none);
    const s = info.settings;
    const heads = staff.filter((m) => m.role === "KG_DIRECTOR").map((m) => personName(m.person));

    const sections: ReportSection[] = [
      {
        id: "data",
        title: t("organisation.section.data"),
        columns: [
          { key: "field", header: t("organisation.field"), kind: "text" },
          { key: "value", header: t("organisation.value"), kind: "text" },
        ],
        rows: [
          [t("registry.name"), localName(info.fullNameKk, info.fullNameRu, locale)],
          [t("registry.type"), ctx.words.orgType(info.orgType)],
          [t("columns.district"), territoryName(info.territory, locale)],
          [t("registry.bin"), or(info.bin)],
          [t("registry.legalAddress"), or(s?.legalAddress)],
          [t("registry.actualAddress"), or(s?.actualAddress)],
          [t("registry.head"), heads.length ? heads.join(", ") : none],
          [t("registry.phones"), or(s?.phones)],
          [t("registry.email"), or(s?.email)],
          [t("registry.website"), or(s?.website)],
          [t("organisation.groups"), String(info._count.groups)],
          [t("organisation.children"), String(children.length)],
          [t("organisation.staff"), String(staff.length)],
        ],
      },
    ];

    // Movement, attendance and timesheets per month of the period (every month, even an empty one).
    const months = monthsOf(from, to).map((m) => formatYm(m));
    const movesBy = new Map(moves.filter((m) => m.ym).map((m) => [m.ym!, m]));
    const moveTotal = moves.find((m) => !m.ym);
    const zeroMoves = Object.fromEntries(MOVES.map((m) => [m, 0])) as Record<(typeof MOVES)[number], number>;
    const monthCell = (ym: string) => {
      const [y, m] = ym.split("-").map(Number) as [number, number];
      return monthDate(y, m);
    };
    sections.push({
      id: "movement",
      title: t("organisation.section.movement"),
      columns: [
        { key: "month", header: t("columns.month"), kind: "month" },
        ...MOVES.map((m) => ({ key: m, header: dyn(`organisation.move.${m}`), kind: "int" as const })),
      ],
      rows: months.map((ym) => [monthCell(ym), ...MOVES.map((m) => (movesBy.get(ym) ?? zeroMoves)[m])]),
      totals: [t("columns.total"), ...MOVES.map((m) => (moveTotal ?? zeroMoves)[m])],
    });
    const marksBy = new Map(marks.filter((m) => m.key).map((m) => [m.key!, m]));
    const sheetsBy = new Map(sheets.filter((c) => c.org && c.ym).map((c) => [c.ym!, c]));
    const markTotal = marks.find((m) => !m.key);
    const sheetTotal = sheets.find((c) => !c.org && !c.ym);
    const monthly = (
      m: (typeof marks)[number] | undefined,
      c: (typeof sheets)[number] | undefined,
    ): Cell[] => [
      m?.marked ?? 0,
      m?.present ?? 0,
      m?.absent ?? 0,
      m ? share(m.present, m.marked) : null,
      c?.total ?? 0,
      c?.CONFIRMED ?? 0,
      c?.DISPUTED ?? 0,
      c?.NOT_CONFIRMED ?? 0,
      c ? share(c.CONFIRMED, c.total) : null,
    ];
    sections.push({
      id: "monthly",
      title: t("organisation.section.monthly"),
      columns: [
        { key: "month", header: t("columns.month"), kind: "month" },
        { key: "marked", header: t("attendance.marked"), kind: "int" },
        { key: "present", header: t("attendance.present"), kind: "int" },
        { key: "absent", header: t("attendance.absent"), kind: "int" },
        { key: "rate", header: t("attendance.rate"), kind: "percent" },
        { key: "sheets", header: t("timesheets.total"), kind: "int" },
        { key: "CONFIRMED", header: t("timesheets.status.CONFIRMED"), kind: "int" },
        { key: "DISPUTED", header: t("timesheets.status.DISPUTED"), kind: "int" },
        { key: "NOT_CONFIRMED", header: t("timesheets.status.NOT_CONFIRMED"), kind: "int" },
        { key: "confirmedShare", header: t("timesheets.confirmedShare"), kind: "percent" },
      ],
      rows: months.map((ym) => [monthCell(ym), ...monthly(marksBy.get(ym), sheetsBy.get(ym))]),
      totals: [t("columns.total"), ...monthly(markTotal, sheetTotal)],
    });

    // Data completeness: each check with its count, then the items with a link to fix each (the links
    // are the kindergarten's own pages, so only its managers get them).
    const countOf = new Map<string, number>();
    for (const g of gapList) countOf.set(g.check, g.n);
    const fix = ctx.area === "kindergarten";
    sections.push({
      id: "completeness",
      title: t("organisation.section.completeness"),
      columns: [
        { key: "check", header: t("organisation.check"), kind: "text" },
        { key: "count", header: t("organisation.gaps"), kind: "int" },
      ],
      rows: CHECKS.map((c) => [dyn(`organisation.checks.${c}`), countOf.get(c) ?? 0]),
      totals: [t("columns.total"), CHECKS.reduce((sum, c) => sum + (countOf.get(c) ?? 0), 0)],
    });
    sections.push({
      id: "fix",
      title: t("organisation.section.fix"),
      note: fix ? t("organisation.fixNote") : t("organisation.fixNoteAuthority"),
      columns: [
        { key: "check", header: t("organisation.check"), kind: "text" },
        { key: "item", header: t("organisation.item"), kind: "text" },
      ],
      rows: gapList.map((g) => [
        dyn(`organisation.checks.${g.check}`),
        fix ? { value: g.label, href: fixHref(locale, g) } : g.label,
      ]),
      empty: t("organisation.complete"),
    });

    sections.push({
      id: "children",
      title: t("organisation.section.children", { count: children.length }),
      columns: [
        { key: "child", header: t("columns.child"), kind: "text" },
        { key: "iin", header: t("columns.iin"), kind: "text" },
        { key: "group", header: t("columns.group"), kind: "text" },
        { key: "since", header: t("organisation.since"), kind: "date" },
      ],
      rows: children.map((e) => [
        personName(e.child),
        e.child.iin ? maskIin(e.child.iin) : "",
        e.group.name,
        e.startsOn,
      ]),
      empty: t("organisation.noChildren"),
    });
    sections.push({
      id: "staff",
      title: t("organisation.section.staff", { count: staff.length }),
      columns: [
        { key: "person", header: t("organisation.person"), kind: "text" },
        { key: "role", header: t("attestation.role"), kind: "text" },
        { key: "position", header: t("organisation.position"), kind: "text" },
        { key: "category", header: t("attestation.categories"), kind: "text" },
        { key: "since", header: t("organisation.since"), kind: "date" },
      ],
      rows: staff.map((m) => [
        personName(m.person),
        ctx.words.role(m.role as MemberRole),
        m.positionTitle ?? "",
        m.qualification
          ? ctx.words.qualification(m.qualification as QualificationCategory)
          : (PEDAGOGICAL_ROLES as readonly string[]).includes(m.role)
            ? dyn("attestation.category.UNSTATED")
            : "",
        m.arrivedAt,
      ]),
      empty: t("organisation.noStaff"),
    });
    sections.push({
      id: "history",
      title: t("organisation.section.history"),
      note: history.length === 300 ? t("organisation.historyTruncated", { shown: 300 }) : undefined,
      columns: [
        { key: "at", header: t("organisation.at"), kind: "datetime" },
        { key: "action", header: t("organisation.action"), kind: "text" },
        { key: "entity", header: t("organisation.entity"), kind: "text" },
        { key: "who", header: t("organisation.who"), kind: "text" },
      ],
      rows: history.map((h) => [
        wallClock(h.at),
        h.action,
        h.entityType,
        h.actorPersonId ? (actorName.get(h.actorPersonId) ?? "") : t("organisation.system"),
      ]),
      empty: t("organisation.noHistory"),
    });

    const chart = {
      kind: "stacked" as const,
      title: t("organisation.chartTitle"),
      summary: t("organisation.chartSummary"),
      x: "month",
      series: MOVES.map((m) => ({ key: m, name: dyn(`organisation.move.${m}`) })),
      data: months.map((ym) => {
        const m = movesBy.get(ym) ?? zeroMoves;
        return { month: ym, ...Object.fromEntries(MOVES.map((k) => [k, m[k]])) };
      }),
    };
    return { sections, chart };
  },
});
