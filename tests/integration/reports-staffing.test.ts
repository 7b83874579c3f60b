import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeReportsWorld, type ReportsWorld } from "./fixtures/reports-world";
import { staffingReport } from "@/lib/reports/staffing";
import { runReport } from "@/lib/reports/run";
import type { ReportSearch } from "@/lib/reports/filters";
import { setClock } from "@/lib/clock/clock";
import { cellValue, type ReportSection } from "@/lib/reports/table";

// Report 8 (staffing by age group) against a hand-made world: per age group (birth year × stay mode
// length) the groups, children today, educators, assistants and other staff bound to the groups and the
// ratios; the norm from the address and the groups outside it; per organisation; the kindergarten's own
// view; South and the excluded N3 never counted; the downloads.

const state = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => state.actor }));
const { GET: exportOwn } =
  await import("@/app/[locale]/(kindergarten)/kindergarten/reports/[report]/export/route");

const db = getPrisma();
const NOW = new Date("2026-11-22T06:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);
let w: ReportsWorld;

beforeAll(async () => {
  setClock(NOW);
  await resetDatabase();
  w = await makeReportsWorld(db, NOW);
  const { N1, N2, S1 } = w.orgs;
  const { g1, g3, g4, g5 } = w.groups;
  const mode = (organizationId: string, nameKk: string) =>
    db.stayMode.create({ data: { organizationId, nameKk, nameRu: nameKk, hours: 9 } });
  await db.group.update({ where: { id: g1.id }, data: { stayModeId: (await mode(N1.id, "9 сағат")).id } });
  await db.group.update({ where: { id: g3.id }, data: { stayModeId: (await mode(N2.id, "Толық күн")).id } });
  const bind = async (
    organizationId: string,
    groupId: string,
    role: MemberRole | null,
    leftAt: Date | null = null,
  ) => {
    const p = await w.person("Қызметкер", "1985-01-01");
    if (role)
      await db.membership.create({
        data: { personId: p.id, organizationId, role, arrivedAt: d("2024-09-01"), leftAt },
      });
    await db.groupEducator.create({ data: { groupId, personId: p.id } });
  };
  await db.groupEducator.create({ data: { groupId: g1.id, personId: w.people.educatorN1.person.id } });
  await bind(N1.id, g1.id, "ASSISTANT_EDUCATOR");
  await bind(N1.id, g1.id, "NURSE");
  await bind(N1.id, g1.id, null); // no employment there: not counted
  await bind(N2.id, g3.id, "EDUCATOR");
  await bind(N2.id, g3.id, "EDUCATOR", d("2026-08-31")); // left
  await bind(S1.id, g4.id, "EDUCATOR");
  await bind(w.orgs.N3.id, g5.id, "EDUCATOR");
  // A child who left g1 at the end of October.
  const c8 = await w.person("Бала-c8", "2021-01-01");
  await db.enrolment.create({
    data: {
      childId: c8.id,
      organizationId: N1.id,
      groupId: g1.id,
      orderNumber: "№ 8",
      orderDate: d("2026-09-01"),
      startsOn: d("2026-09-01"),
      endsOn: d("2026-10-31"),
    },
  });
});
beforeEach(() => {
  state.actor = null;
});
afterAll(async () => {
  setClock(null);
  await disconnectPrisma();
});

const run = (actor: Actor, search: ReportSearch = {}, area: "authority" | "kindergarten" = "authority") =>
  runReport(staffingReport, { area, actor, search, now: NOW, locale: "en" });
function rows(s: ReportSection) {
  return s.rows.map((r) => Object.fromEntries(s.columns.map((c, i) => [c.key, cellValue(r[i] ?? null)])));
}
const COUNTS = ["groups", "children", "educators", "assistants", "others", "perEducator", "perAdult"];

describe("staffing by age group", () => {
  it("per age group and per organisation: children, educators, assistants, others and the ratios", async () => {
    const r = await run(w.actors.officerN);
    const [age, org] = r.result.sections;
    expect(rows(age!).map((x) => [x.cohort, x.type, ...COUNTS.map((k) => x[k])])).toEqual([
      ["2021", "9 sağat", 2, 3, 2, 1, 1, 1.5, 0.75],
      ["2022", "No stay mode", 1, 1, 0, 0, 0, null, null],
    ]);
    expect(age!.totals!.map(cellValue)).toEqual(["Total", null, 3, 4, 2, 1, 1, 2, 1]);
    expect(age!.note).toContain("Enter a norm");
    expect(rows(org!).map((x) => [x.org, ...COUNTS.map((k) => x[k])])).toEqual([
      ["RP-N1", 2, 3, 1, 1, 1, 3, 1],
      ["RP-N2", 1, 1, 1, 0, 0, 1, 1],
    ]);
    expect(r.result.sections.map((s) => s.id)).toEqual(["age", "organisation"]);
  });

  it("with a norm: the groups outside it are listed and counted", async () => {
    const r = await run(w.actors.officerN, { perEducator: "1.5", perAdult: "1" });
    const age = r.result.sections[0]!;
    expect(rows(age).map((x) => [x.cohort, x.outside])).toEqual([
      ["2021", 1],
      ["2022", 1],
    ]);
    const outside = r.result.sections.find((s) => s.id === "outside")!;
    expect(rows(outside).map((x) => [x.org, x.group, x.children, x.educators, x.adults, x.why])).toEqual([
      ["RP-N1", "Айгөлек", 2, 1, 3, "too many children per educator"],
      ["RP-N1", "Балапан", 1, 0, 0, "too many children per educator; too many children per adult"],
    ]);
    expect(r.result.chart!.references).toEqual([
      { value: 1.5, label: "Norm: children per educator, at most" },
      { value: 1, label: "Norm: children per adult, at most" },
    ]);
    expect(r.lines).toContainEqual(["Norm: children per educator, at most", "1.5"]);
    const bad = await run(w.actors.officerN, { perEducator: "-3" });
    expect(bad.notes).toEqual([expect.stringContaining("“Norm: children per educator, at most”")]);
  });

  it("a kindergarten's director sees their own groups; South and the excluded N3 are never counted", async () => {
    const own = await run(w.actors.directorN1, {}, "kindergarten");
    expect(own.result.sections.map((s) => s.id)).toEqual(["age"]);
    expect(rows(own.result.sections[0]!).map((x) => [x.cohort, x.children, x.educators])).toEqual([
      ["2021", 2, 1],
      ["2022", 1, 0],
    ]);
    const south = await run(w.actors.officerS);
    expect(south.result.sections[0]!.totals!.map(cellValue).slice(2, 5)).toEqual([1, 1, 1]);
    const region = await run(w.actors.officerR);
    expect(region.result.sections[0]!.totals!.map(cellValue).slice(2, 5)).toEqual([4, 5, 3]);
  });

  it("the kindergarten's XLSX and CSV hold the same numbers", async () => {
    state.actor = w.actors.directorN1;
    const get = (format: string, section?: string) =>
      exportOwn(
        new Request(
          `http://localhost/en/kindergarten/reports/staffing/export?${new URLSearchParams({ format, perEducator: "1.5", ...(section ? { section } : {}) })}`,
        ),
        { params: Promise.resolve({ locale: "en", report: "staffing" }) },
      );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await (await get("xlsx")).arrayBuffer()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Staffing by age group", "Groups outside the norm"]);
    const sheet: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => sheet.push((r.values as unknown[]).slice(1)));
    expect(sheet).toContainEqual(["Organisation", "RP-N1"]);
    expect(sheet).toContainEqual(["2021", "9 sağat", 1, 2, 1, 1, 1, 2, 0.67, 1]);
    const csv = (await (await get("csv", "outside")).text()).trim().split("\r\n");
    expect(csv.slice(1)).toEqual([
      "Айгөлек,2021,9 sağat,2,1,3,2,0.67,too many children per educator",
      "Балапан,2022,No stay mode,1,0,0,,,too many children per educator",
    ]);
  });
});
