import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { localDate } from "@/lib/calendar/zone";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import type { MemberRole, QualificationCategory } from "@/lib/generated/prisma/enums";
import { orgShortName } from "@/lib/org/names";
import { defineReport, type ReportContext } from "./definition";
import type { Cell, Column, ReportSection } from "./table";

// Report 1 — staff attestation (seed 002, figure 15): the pedagogical staff of the organisations by role
// × qualification category (SPEC §5: педагог-стажёр … педагог-мастер, and the older highest, first,
// second, none; "not stated" where the category is not recorded), with the role and category pickers;
// and the same per organisation. Counted with Prisma groupBy (GROUP BY in Postgres) over the employments
// in force today.

export const PEDAGOGICAL_ROLES = [
  "KG_DIRECTOR",
  "KG_DEPUTY",
  "METHODOLOGIST",
  "EDUCATOR",
  "MUSIC_TEACHER",
  "ASSISTANT_EDUCATOR",
] as const satisfies readonly MemberRole[];
export const CATEGORIES = [
  "PEDAGOG_INTERN",
  "PEDAGOG",
  "PEDAGOG_MODERATOR",
  "PEDAGOG_EXPERT",
  "PEDAGOG_RESEARCHER",
  "PEDAGOG_MASTER",
  "HIGHEST",
  "FIRST",
  "SECOND",
  "NONE",
  "UNSTATED",
] as const;
type Category = (typeof CATEGORIES)[number];

// Ticked boxes: one value or several; none given means all.
const ticks = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]),
    z.array(z.enum(values)).optional(),
  );
const extras = { roles: ticks(PEDAGOGICAL_ROLES), categories: ticks(CATEGORIES) };
type Ctx = ReportContext<typeof extras>;

const categoryOf = (q: QualificationCategory | null): Category => q ?? "UNSTATED";

export const attestationReport = defineReport({
  id: "attestation",
  kinds: ["KINDERGARTEN", "SCHOOL", "OTHER"],
  period: false,
  extras,
  controls: (ctx) => {
    const { t, role, dyn } = ctx.words;
    return [
      {
        kind: "checks",
        name: "roles",
        label: t("attestation.roles"),
        values: ctx.extras.roles ?? [...PEDAGOGICAL_ROLES],
        options: PEDAGOGICAL_ROLES.map((r) => ({ value: r, label: role(r) })),
      },
      {
        kind: "checks",
        name: "categories",
        label: t("attestation.categories"),
        values: ctx.extras.categories ?? [...CATEGORIES],
        options: CATEGORIES.map((c) => ({ value: c, label: dyn(`attestation.category.${c}`) })),
      },
    ];
  },
  load: async (ctx: Ctx) => {
    const { t, role, dyn, locale } = ctx.words;
    const roles = PEDAGOGICAL_ROLES.filter((r) => (ctx.extras.roles ?? PEDAGOGICAL_ROLES).includes(r));
    const categories = CATEGORIES.filter((c) => (ctx.extras.categories ?? CATEGORIES).includes(c));
    const today = ymdToDbDate(localDate(ctx.now));
    const where = {
      organizationId: { in: ctx.orgs.map((o) => o.id) },
      role: { in: roles },
      excludedAt: null,
      arrivedAt: { lte: today },
      OR: [{ leftAt: null }, { leftAt: { gte: today } }],
    };
    const [byRole, byOrg] = await Promise.all([
      prisma.membership.groupBy({ by: ["role", "qualification"], where, _count: { _all: true } }),
      prisma.membership.groupBy({ by: ["organizationId", "qualification"], where, _count: { _all: true } }),
    ]);
    const catColumns: Column[] = categories.map((c) => ({
      key: c,
      header: dyn(`attestation.category.${c}`),
      kind: "int",
    }));
    const columns = (first: Column[]): Column[] => [
      ...first,
      ...catColumns,
      { key: "total", header: t("attestation.total"), kind: "int" },
    ];
    // The counts of a set of groups by category (the chosen categories only), with their total.
    const row = (
      groups: { qualification: QualificationCategory | null; _count: { _all: number } }[],
    ): number[] => {
      const counts = categories.map((c) =>
        groups.filter((g) => categoryOf(g.qualification) === c).reduce((s, g) => s + g._count._all, 0),
      );
      return [...counts, counts.reduce((s, n) => s + n, 0)];
    };
    const roleRows = roles.map((r) => ({ role: r, counts: row(byRole.filter((g) => g.role === r)) }));
    const totalCounts = row(byRole);
    const sections: ReportSection[] = [
      {
        id: "role",
        title: t("attestation.section.role"),
        columns: columns([{ key: "role", header: t("attestation.role"), kind: "text" }]),
        rows: roleRows.map((r) => [role(r.role), ...r.counts] as Cell[]),
        totals: [t("columns.total"), ...totalCounts],
        empty: t("attestation.empty"),
      },
    ];
    if (ctx.area === "authority" || ctx.orgs.length > 1)
      sections.push({
        id: "organisation",
        title: t("attestation.section.organisation"),
        columns: columns([{ key: "org", header: t("columns.organisation"), kind: "text" }]),
        rows: ctx.orgs
          .map((o) => ({
            name: orgShortName(o, locale),
            counts: row(byOrg.filter((g) => g.organizationId === o.id)),
          }))
          .filter((r) => r.counts.at(-1)! > 0)
          .map((r) => [r.name, ...r.counts]),
        totals: [t("columns.total"), ...totalCounts],
        empty: t("attestation.empty"),
      });
    const chart =
      totalCounts.at(-1)! > 0
        ? {
            kind: "stacked" as const,
            title: t("attestation.chartTitle"),
            summary: t("attestation.chartSummary"),
            x: "category",
            series: roleRows.map((r) => ({ key: r.role, name: role(r.role) })),
            data: categories.map((c, i) => ({
              category: dyn(`attestation.short.${c}`),
              ...Object.fromEntries(roleRows.map((r) => [r.role, r.counts[i]!])),
            })),
          }
        : null;
    return { sections, chart };
  },
});
