import { localName } from "@/lib/org/names";
import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { localDate } from "@/lib/calendar/zone";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { personName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { defineReport, type ReportContext } from "./definition";
import type { Column, ReportSection } from "./table";

// Report 2 — the registry of organisations (seed 002, figure 16): every organisation below the reader's
// own — type, organisational structure, address, head, contacts, licence, accreditation — "no data" where
// a field is empty; two views: all organisations, and grouped by type (a table per type). A listing of
// the organisations in scope (as many rows as organisations, read with their settings, structural units
// and heads in four queries); the counts by type are a Prisma groupBy. The schema keeps no licence or
// accreditation yet, so those columns say "no data" (docs/REPORTS.md).

const VIEWS = ["all", "byType"] as const;
const extras = { view: z.enum(VIEWS).optional() };
type Ctx = ReportContext<typeof extras>;

export const registryReport = defineReport({
  id: "registry",
  kinds: "all",
  period: false,
  extras,
  controls: (ctx) => [
    {
      kind: "tabs",
      name: "view",
      label: ctx.words.t("registry.viewLabel"),
      value: ctx.extras.view ?? "all",
      options: VIEWS.map((v) => ({ value: v, label: ctx.words.t(`registry.view.${v}`) })),
    },
  ],
  load: async (ctx: Ctx) => {
    const { t, locale } = ctx.words;
    const view = ctx.extras.view ?? "all";
    const ids = ctx.orgs.map((o) => o.id).filter((id) => id !== ctx.scope.rootId);
    const today = ymdToDbDate(localDate(ctx.now));
    const [orgs, units, heads, byType] = await Promise.all([
      prisma.organization.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          orgType: true,
          fullNameKk: true,
          fullNameRu: true,
          bin: true,
          territory: { select: { nameKk: true, nameRu: true, nameEn: true } },
          settings: {
            select: { legalAddress: true, actualAddress: true, phones: true, email: true, website: true },
          },
        },
      }),
      prisma.structuralUnit.findMany({
        where: { organizationId: { in: ids } },
        select: { organizationId: true, nameKk: true, nameRu: true },
        orderBy: [{ sortOrder: "asc" }, { nameKk: "asc" }],
      }),
      prisma.membership.findMany({
        where: {
          organizationId: { in: ids },
          role: { in: ["KG_DIRECTOR", "AUTHORITY_HEAD"] },
          excludedAt: null,
          OR: [{ leftAt: null }, { leftAt: { gte: today } }],
        },
        select: {
          organizationId: true,
          person: { select: { lastName: true, firstName: true, middleName: true } },
        },
        orderBy: { arrivedAt: "desc" },
      }),
      prisma.organization.groupBy({ by: ["orgType"], where: { id: { in: ids } }, _count: { _all: true } }),
    ]);
    const none = t("registry.noData");
    const or = (v: string | null | undefined) => (v && v.trim() ? v.trim() : none);
    const unitsOf = new Map<string, string[]>();
    for (const u of units)
      unitsOf.set(u.organizationId, [
        ...(unitsOf.get(u.organizationId) ?? []),
        localName(u.nameKk, u.nameRu, locale),
      ]);
    const headOf = new Map<string, string>();
    for (const h of heads)
      if (!headOf.has(h.organizationId)) headOf.set(h.organizationId, personName(h.person));
    const address = (s: (typeof orgs)[number]["settings"]) => {
      const parts = [
        s?.legalAddress ? `${t("registry.legalAddress")}: ${s.legalAddress}` : null,
        s?.actualAddress ? `${t("registry.actualAddress")}: ${s.actualAddress}` : null,
      ].filter(Boolean);
      return parts.length ? parts.join("; ") : none;
    };
    const contacts = (s: (typeof orgs)[number]["settings"]) => {
      const parts = [
        s?.phones ? `${t("registry.phones")}: ${s.phones}` : null,
        s?.email ? `${t("registry.email")}: ${s.email}` : null,
        s?.website ? `${t("registry.website")}: ${s.website}` : null,
      ].filter(Boolean);
      return parts.length ? parts.join("; ") : none;
    };
    const name = (o: (typeof orgs)[number]) => localName(o.fullNameKk, o.fullNameRu, locale);
    const sorted = [...orgs].sort((a, b) => name(a).localeCompare(name(b), "kk"));
    const columns = (withType: boolean): Column[] => [
      { key: "name", header: t("registry.name"), kind: "text" },
      ...(withType ? [{ key: "type", header: t("registry.type"), kind: "text" } as Column] : []),
      { key: "district", header: t("columns.district"), kind: "text" },
      { key: "bin", header: t("registry.bin"), kind: "text" },
      { key: "structure", header: t("registry.structure"), kind: "text" },
      { key: "address", header: t("registry.address"), kind: "text" },
      { key: "head", header: t("registry.head"), kind: "text" },
      { key: "contacts", header: t("registry.contacts"), kind: "text" },
      { key: "licence", header: t("registry.licence"), kind: "text" },
      { key: "accreditation", header: t("registry.accreditation"), kind: "text" },
    ];
    const row = (o: (typeof orgs)[number], withType: boolean) => [
      name(o),
      ...(withType ? [ctx.words.orgType(o.orgType)] : []),
      territoryName(o.territory, locale),
      or(o.bin),
      unitsOf.get(o.id)?.join(", ") ?? t("registry.independent"),
      address(o.settings),
      or(headOf.get(o.id)),
      contacts(o.settings),
      none,
      none,
    ];
    const types = byType
      .map((g) => ({ type: g.orgType, label: ctx.words.orgType(g.orgType), count: g._count._all }))
      .sort((a, b) => a.label.localeCompare(b.label, "kk"));
    let sections: ReportSection[];
    if (view === "all")
      sections = [
        {
          id: "all",
          title: t("registry.section.all", { count: orgs.length }),
          columns: columns(true),
          rows: sorted.map((o) => row(o, true)),
          empty: t("registry.empty"),
        },
      ];
    else
      sections = types.map((g) => ({
        id: g.type,
        title: t("registry.section.type", { type: g.label, count: g.count }),
        columns: columns(false),
        rows: sorted.filter((o) => o.orgType === g.type).map((o) => row(o, false)),
      }));
    if (sections.length === 0)
      sections = [
        {
          id: "all",
          title: t("registry.section.all", { count: 0 }),
          columns: columns(true),
          rows: [],
          empty: t("registry.empty"),
        },
      ];
    // The counts by type, as a table (the chart's numbers).
    sections.push({
      id: "types",
      title: t("registry.section.types"),
      columns: [
        { key: "type", header: t("registry.type"), kind: "text" },
        { key: "count", header: t("registry.count"), kind: "int" },
      ],
      rows: types.map((g) => [g.label, g.count]),
      totals: [t("columns.total"), orgs.length],
    });
    return {
      sections,
      chart:
        types.length > 0
          ? {
              kind: "bar" as const,
              title: t("registry.chartTitle"),
              summary: t("registry.chartSummary"),
              x: "type",
              series: [{ key: "count", name: t("registry.count") }],
              data: types.map((g) => ({ type: g.label, count: g.count })),
            }
          : null,
    };
  },
});
