import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { EnrolmentEnd } from "@/lib/generated/prisma/enums";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeReportsWorld, type ReportsWorld } from "./fixtures/reports-world";
import { organisationReport } from "@/lib/reports/organisation";
import { runReport } from "@/lib/reports/run";
import type { ReportSearch } from "@/lib/reports/filters";
import { setClock } from "@/lib/clock/clock";
import { cellHref, cellValue, type ReportSection } from "@/lib/reports/table";

// Report 3 (one organisation) against a hand-made world: the organisation's data, the movement of
// children per month, attendance and timesheets per month, data completeness with the items to fix
// (links for the kindergarten's managers), the children and staff, the change history; an officer
// chooses the organisation (another district's is refused with a note); the downloads.

const state = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => state.actor }));
const { GET: exportAuthority } =
  await import("@/app/[locale]/(authority)/authority/reports/[report]/export/route");

const db = getPrisma();
const NOW = new Date("2026-11-22T06:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);
let w: ReportsWorld;

beforeAll(async () => {
  setClock(NOW);
  await resetDatabase();
  w = await makeReportsWorld(db, NOW);
  const { N1, S1 } = w.orgs;
  const { g1, g2, g4 } = w.groups;
  const stay = async (
    name: string,
    stays: { g: { id: string; organizationId: string }; from: string; to?: string; end?: EnrolmentEnd }[],
  ) => {
    const c = await w.person(name, "2021-06-06");
    for (const s of stays)
      await db.enrolment.create({
        data: {
          childId: c.id,
          organizationId: s.g.organizationId,
          groupId: s.g.id,
          orderNumber: "№ 1",
          orderDate: d(s.from),
          startsOn: d(s.from),
          endsOn: s.to ? d(s.to) : null,
          endKind: s.end ?? null,
        },
      });
    return c;
  };
  await stay("Бала-c9", [
    { g: g4, from: "2026-09-01", to: "2026-09-30", end: "WITHDRAWN" },
    { g: g1, from: "2026-10-05" },
  ]);
  await stay("Бала-c10", [
    { g: g2, from: "2026-09-01", to: "2026-10-14", end: "TRANSFERRED" },
    { g: g1, from: "2026-10-15" },
  ]);
  await stay("Бала-c11", [{ g: g1, from: "2026-09-01", to: "2026-10-30", end: "WITHDRAWN" }]);
  await stay("Бала-c12", [{ g: g2, from: "2026-09-01", to: "2026-11-10", end: "SCHOOL" }]);

  await db.groupEducator.create({ data: { groupId: g1.id, personId: w.people.educatorN1.person.id } });
  const building = await db.building.create({ data: { organizationId: N1.id, name: "Негізгі" } });
  const room = await db.room.create({ data: { buildingId: building.id, name: "1-бөлме", places: 0 } });
  await db.group.update({ where: { id: g1.id }, data: { roomId: room.id, capacity: 1 } });
  const rep = await w.person("Ана", "1990-01-01");
  await db.legalRepresentative.create({
    data: { childId: w.children.c1!.id, representativeId: rep.id, relation: "mother" },
  });
  await db.person.update({ where: { id: w.children.c1!.id }, data: { iin: "210301500015" } });
  await w.mark("c1", "2026-09-01");
  await w.mark("c1", "2026-09-02", "FAMILY");
  await db.timesheet.create({
    data: { childId: w.children.c1!.id, organizationId: N1.id, year: 2026, month: 9, status: "CONFIRMED" },
  });
  const log = (organizationId: string, at: string, action: string) =>
    db.auditLog.create({
      data: {
        organizationId,
        at: new Date(at),
        action,
        entityType: "enrolment",
        entityId: "x",
        actorPersonId: w.people.directorN1.person.id,
      },
    });
  await log(N1.id, "2026-10-05T04:00:00Z", "contingent.enrol");
  await log(N1.id, "2026-10-30T05:00:00Z", "contingent.withdraw");
  await log(N1.id, "2026-08-01T04:00:00Z", "group.create"); // before the period
  await log(S1.id, "2026-09-30T05:00:00Z", "contingent.withdraw"); // South
});
beforeEach(() => {
  state.actor = null;
});
afterAll(async () => {
  setClock(null);
  await disconnectPrisma();
});

const PERIOD = { from: "2026-09", to: "2026-11" };
const run = (actor: Actor, search: ReportSearch = {}, area: "authority" | "kindergarten" = "authority") =>
  runReport(organisationReport, { area, actor, search: { ...PERIOD, ...search }, now: NOW, locale: "en" });
const section = (r: Awaited<ReturnType<typeof run>>, id: string) =>
  r.result.sections.find((s) => s.id === id)!;
const rows = (s: ReportSection) =>
  s.rows.map((r) => Object.fromEntries(s.columns.map((c, i) => [c.key, cellValue(r[i] ?? null)])));
const MOVES = ["enrolled", "in", "moved", "out", "withdrawn", "school"];

describe("per-organisation report", () => {
  it("an officer first chooses one of their organisations", async () => {
    const r = await run(w.actors.officerN);
    expect(r.result.sections.map((s) => s.id)).toEqual(["choose"]);
    const choose = section(r, "choose");
    expect(rows(choose).map((x) => x.org)).toEqual(["RP-N1", "RP-N2"]);
    expect(cellHref(choose.rows[0]![0]!)).toContain(`org=${w.orgs.N1.id}`);
  });

  it("the organisation's data and the movement of children per month", async () => {
    const r = await run(w.actors.officerN, { org: w.orgs.N1.id });
    const data = Object.fromEntries(section(r, "data").rows.map((x) => x.map(cellValue)));
    expect(data).toMatchObject({
      Organisation: "«RP-N1» ūiymy",
      Type: "State kindergarten",
      District: "North district",
      Groups: "2",
      "Children enrolled today": "5",
      "Staff today": "2",
    });
    expect(String(data.Head)).toMatch(/^Қызметкер-rp\.n1 /);
    const moves = section(r, "movement");
    expect(
      rows(moves).map((x) => [(x.month as Date).toISOString().slice(0, 7), ...MOVES.map((k) => x[k])]),
    ).toEqual([
      ["2026-09", 6, 0, 0, 0, 0, 0],
      ["2026-10", 0, 1, 1, 0, 1, 0],
      ["2026-11", 0, 0, 0, 0, 0, 1],
    ]);
    expect(moves.totals!.map(cellValue)).toEqual(["Total", 6, 1, 1, 0, 1, 1]);
    expect(r.result.chart!.data[1]).toMatchObject({ month: "2026-10", in: 1, moved: 1, withdrawn: 1 });
    // South's side of the same child: gone to another kindergarten in September.
    const south = await run(w.actors.officerS, { org: w.orgs.S1.id });
    expect(section(south, "movement").totals!.map(cellValue)).toEqual(["Total", 2, 0, 0, 1, 0, 0]);
  });

  it("attendance and timesheets per month", async () => {
    const r = await run(w.actors.officerN, { org: w.orgs.N1.id });
    const [sep] = rows(section(r, "monthly"));
    expect(sep).toMatchObject({
      marked: 2,
      present: 1,
      absent: 1,
      rate: 0.5,
      sheets: 1,
      CONFIRMED: 1,
      confirmedShare: 1,
    });
  });

  it("data completeness: each check counted, each gap listed — with links to fix for the kindergarten only", async () => {
    const officer = await run(w.actors.officerN, { org: w.orgs.N1.id });
    expect(rows(section(officer, "completeness")).map((x) => [x.check, x.count])).toEqual([
      ["Groups without an educator", 1],
      ["Groups without a room", 1],
      ["Groups without a stay mode", 2],
      ["Groups over capacity", 1],
      ["Children without a representative", 4],
      ["Children without an IIN", 4],
      ["Pedagogical staff without a category", 2],
      ["Rooms without places", 1],
    ]);
    expect(section(officer, "completeness").totals!.map(cellValue)).toEqual(["Total", 16]);
    const fixList = section(officer, "fix");
    expect(fixList.rows).toHaveLength(16);
    expect(fixList.rows.some((r) => cellHref(r[1]!))).toBe(false);
    expect(rows(fixList).find((x) => x.check === "Groups over capacity")!.item).toBe("Айгөлек (4 / 1)");

    const own = await run(w.actors.directorN1, {}, "kindergarten");
    const items = section(own, "fix").rows;
    const href = (label: string) => cellHref(items.find((r) => cellValue(r[1]!) === label)![1]!);
    expect(href("Балапан")).toMatch(/^\/en\/kindergarten\/(staff|groups\/.+\/edit)$/);
    expect(href("Негізгі · 1-бөлме")).toBe("/en/kindergarten/buildings");
    expect(items.every((r) => cellHref(r[1]!))).toBe(true);
  });

  it("the children (IIN masked) and staff today, and the change history of the period", async () => {
    const r = await run(w.actors.officerN, { org: w.orgs.N1.id });
    const children = rows(section(r, "children"));
    expect(children.map((x) => String(x.child).split(" ")[0])).toEqual([
      "Бала-c1",
      "Бала-c10",
      "Бала-c2",
      "Бала-c9",
      "Бала-c3",
    ]);
    expect(children[0]!.iin).toBe("2103******15");
    expect(rows(section(r, "staff")).map((x) => [x.role, x.category])).toEqual([
      ["Director", "Not stated"],
      ["Educator", "Not stated"],
    ]);
    const history = rows(section(r, "history"));
    expect(history.map((x) => [x.at, x.action])).toEqual([
      [new Date("2026-10-30T10:00:00Z"), "contingent.withdraw"],
      [new Date("2026-10-05T09:00:00Z"), "contingent.enrol"],
    ]);
  });

  it("another district's officer gets no figures of it; the XLSX and CSV hold the same numbers", async () => {
    const south = await run(w.actors.officerS, { org: w.orgs.N1.id });
    expect(south.notes).toHaveLength(1);
    expect(south.result.sections.map((s) => s.id)).toEqual(["choose"]);
    expect(rows(section(south, "choose")).map((x) => x.org)).toEqual(["RP-S1"]);

    state.actor = w.actors.officerN;
    const get = (q: Record<string, string>) =>
      exportAuthority(
        new Request(
          `http://localhost/en/authority/reports/organisation/export?${new URLSearchParams({ ...PERIOD, org: w.orgs.N1.id, ...q })}`,
        ),
        { params: Promise.resolve({ locale: "en", report: "organisation" }) },
      );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(await (await get({ format: "xlsx" })).arrayBuffer()) as unknown as ArrayBuffer,
    );
    expect(wb.worksheets).toHaveLength(8);
    const sheet: unknown[][] = [];
    wb.getWorksheet("Movement of children by month")!.eachRow((r) =>
      sheet.push((r.values as unknown[]).slice(1)),
    );
    expect(sheet).toContainEqual([new Date("2026-10-01T00:00:00Z"), 0, 1, 1, 0, 1, 0]);
    expect(sheet).toContainEqual(["Total", 6, 1, 1, 0, 1, 1]);
    const history: unknown[][] = [];
    wb.getWorksheet("Change history")!.eachRow((r) => history.push((r.values as unknown[]).slice(1)));
    expect(history).toContainEqual([
      new Date("2026-10-05T09:00:00Z"),
      "contingent.enrol",
      "enrolment",
      expect.any(String),
    ]);
    const csv = (await (await get({ format: "csv", section: "completeness" })).text()).trim().split("\r\n");
    expect(csv[0]).toBe("Check,Gaps");
    expect(csv.at(-1)).toBe("Total,16");
    const refused = await exportAuthority(
      new Request(`http://localhost/en/authority/reports/organisation/export?org=${w.orgs.S1.id}&format=csv`),
      { params: Promise.resolve({ locale: "en", report: "organisation" }) },
    );
    expect(refused.status).toBe(404);
  });
});
