import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeReportsWorld, type ReportsWorld } from "./fixtures/reports-world";
import { attendanceReport } from "@/lib/reports/attendance";
import { runReport } from "@/lib/reports/run";
import type { ReportSearch } from "@/lib/reports/filters";
import { setClock } from "@/lib/clock/clock";
import { cellValue, type ReportSection } from "@/lib/reports/table";
import { AppError } from "@/lib/errors/app-error";

// Report 5 (attendance) against a hand-made world: the counts per organisation, group, district and
// month, the officer's scope (another district and an excluded subordinate never counted), the
// kindergarten's own view, the filters falling back with a note, and the XLSX and CSV downloads
// holding the page's numbers.

const state = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => state.actor }));
const { GET: exportAuthority } =
  await import("@/app/[locale]/(authority)/authority/reports/[report]/export/route");
const { GET: exportOwn } =
  await import("@/app/[locale]/(kindergarten)/kindergarten/reports/[report]/export/route");

const db = getPrisma();
const NOW = new Date("2026-11-22T06:00:00Z");
let w: ReportsWorld;

beforeAll(async () => {
  setClock(NOW); // the export routes' "now"
  await resetDatabase();
  w = await makeReportsWorld(db, NOW);
  const { mark } = w;
  await mark("c1", "2026-08-31"); // outside the period
  await mark("c1", "2026-09-01");
  await mark("c1", "2026-09-02", "ILLNESS_CERTIFIED");
  await mark("c1", "2026-09-03");
  await mark("c1", "2026-10-01");
  await mark("c1", "2026-10-02", null); // absent, reason not given → "reason not known"
  await mark("c2", "2026-09-01");
  await mark("c2", "2026-09-02");
  await mark("c2", "2026-10-01", "VACATION");
  await mark("c3", "2026-09-01");
  await mark("c3", "2026-10-01", "FAMILY");
  await mark("c4", "2026-09-01");
  await mark("c4", "2026-09-02", "UNEXCUSED");
  await mark("c5", "2026-09-01", "QUARANTINE"); // South
  await mark("c5", "2026-09-02");
  await mark("c6", "2026-09-01"); // the excluded N3
});
beforeEach(() => {
  state.actor = null;
});
afterAll(async () => {
  setClock(null);
  await disconnectPrisma();
});

const PERIOD = { from: "2026-09", to: "2026-10" };
const run = (actor: Actor, search: ReportSearch, area: "authority" | "kindergarten" = "authority") =>
  runReport(attendanceReport, { area, actor, search: { ...PERIOD, ...search }, now: NOW, locale: "en" });

// A section as plain rows of values keyed by column.
function table(s: ReportSection) {
  const obj = (r: ReportSection["rows"][number]) =>
    Object.fromEntries(s.columns.map((c, i) => [c.key, cellValue(r[i] ?? null)]));
  return { rows: s.rows.map(obj), totals: s.totals ? obj(s.totals) : null };
}
const pick = (r: Record<string, unknown>, keys: string[]) => keys.map((k) => r[k]);
const COUNTS = ["children", "marked", "present", "absent", "rate"];

describe("attendance report", () => {
  it("counts per organisation of the officer's district, with totals", async () => {
    const r = await run(w.actors.officerN, {});
    const { rows, totals } = table(r.result.sections[0]!);
    expect(rows.map((x) => [x.org, ...pick(x, COUNTS)])).toEqual([
      ["RP-N1", 3, 10, 6, 4, 0.6],
      ["RP-N2", 1, 2, 1, 1, 0.5],
    ]);
    expect(rows[0]).toMatchObject({
      ILLNESS_CERTIFIED: 1,
      UNKNOWN: 1,
      VACATION: 1,
      FAMILY: 1,
      UNEXCUSED: 0,
      QUARANTINE: 0,
    });
    expect(pick(totals!, COUNTS)).toEqual([4, 12, 7, 5, 0.5833]);
    expect(r.notes).toEqual([]);
  });

  it("gives the trend by month for the chart, and its table", async () => {
    const r = await run(w.actors.officerN, {});
    const months = table(r.result.sections[1]!).rows;
    expect(
      months.map((m) => [(m.month as Date).toISOString().slice(0, 7), m.marked, m.present, m.rate]),
    ).toEqual([
      ["2026-09", 8, 6, 0.75],
      ["2026-10", 4, 1, 0.25],
    ]);
    expect(r.result.chart).toMatchObject({
      kind: "line",
      percent: true,
      data: [
        { month: "2026-09", rate: 0.75 },
        { month: "2026-10", rate: 0.25 },
      ],
    });
  });

  it("never counts another district's organisations or an excluded subordinate", async () => {
    const south = await run(w.actors.officerS, {});
    expect(table(south.result.sections[0]!).rows.map((x) => [x.org, x.marked])).toEqual([["RP-S1", 2]]);
    // The region sees both districts, still without the excluded N3.
    const region = await run(w.actors.officerR, { by: "district" });
    expect(table(region.result.sections[0]!).rows.map((x) => [x.district, x.marked, x.present])).toEqual([
      ["North district", 12, 7],
      ["South district", 2, 1],
    ]);
    expect(table(region.result.sections[0]!).totals!.marked).toBe(14);
  });

  it("falls back with a note when the address names an organisation outside the scope", async () => {
    const r = await run(w.actors.officerS, { org: w.orgs.N1.id, from: "2026-13", by: "weekly" });
    expect(r.filter.org).toBeNull();
    expect(r.notes).toEqual([
      expect.stringContaining("organisation in the address is not among yours"),
      expect.stringContaining("not a month"),
      expect.stringContaining("“Rows”"),
    ]);
    expect(table(r.result.sections[0]!).rows.map((x) => x.org)).toEqual(["RP-S1"]);
  });

  it("narrows to one organisation and one group, by group", async () => {
    const r = await run(w.actors.officerN, { org: w.orgs.N1.id, by: "group" });
    expect(table(r.result.sections[0]!).rows.map((x) => [x.group, x.org, x.marked, x.present])).toEqual([
      ["Айгөлек", "RP-N1", 8, 5],
      ["Балапан", "RP-N1", 2, 1],
    ]);
    const one = await run(w.actors.officerN, { org: w.orgs.N1.id, by: "group", group: w.groups.g2.id });
    expect(table(one.result.sections[0]!).rows.map((x) => [x.group, x.marked])).toEqual([["Балапан", 2]]);
    // A group of another organisation is ignored with a note.
    const foreign = await run(w.actors.officerN, { org: w.orgs.N1.id, group: w.groups.g3.id });
    expect(foreign.notes).toEqual([expect.stringContaining("not a group of the organisation")]);
  });

  it("a kindergarten's director sees their own kindergarten by group; the address cannot widen it", async () => {
    const r = await run(w.actors.directorN1, { org: w.orgs.N2.id, district: "rp-south" }, "kindergarten");
    expect(r.orgs.map((o) => o.id)).toEqual([w.orgs.N1.id]);
    expect(table(r.result.sections[0]!).rows.map((x) => [x.group, x.marked, x.present])).toEqual([
      ["Айгөлек", 8, 5],
      ["Балапан", 2, 1],
    ]);
    await expect(run(w.actors.educatorN1, {}, "kindergarten")).rejects.toThrow(AppError);
    await expect(run(w.actors.directorN1, {}, "authority")).rejects.toThrow(AppError);
  });

  it("titles, column headers and the export's header row in kk, ru and en", async () => {
    for (const [locale, title, header] of [
      ["kk", "Келу", "Келген күндер"],
      ["ru", "Посещаемость", "Дней посещения"],
      ["en", "Attendance", "Days attended"],
    ] as const) {
      const r = await runReport(attendanceReport, {
        area: "authority",
        actor: w.actors.officerN,
        search: PERIOD,
        now: NOW,
        locale,
      });
      expect(r.words.dyn("titles.attendance")).toBe(title);
      expect(r.result.sections[0]!.columns.map((c) => c.header)).toContain(header);
    }
  });
});

const params = (report: string, locale = "en") => ({ params: Promise.resolve({ locale, report }) });
const url = (path: string, q: Record<string, string>) =>
  `http://localhost${path}?${new URLSearchParams(q).toString()}`;

describe("attendance downloads", () => {
  it("XLSX: the page's numbers, header frozen, filters above, numbers as numbers and months as dates", async () => {
    state.actor = w.actors.officerN;
    const res = await exportAuthority(
      new Request(url("/en/authority/reports/attendance/export", { ...PERIOD, format: "xlsx" })),
      params("attendance"),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toContain(
      'attachment; filename="attendance-2026-09_2026-10.xlsx"',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const [byOrg, byMonth] = wb.worksheets;
    expect(byOrg!.name).toBe("Attendance by organisation");
    const values = (ws: ExcelJS.Worksheet) =>
      Array.from({ length: ws.rowCount }, (_, i) => {
        const v = ws.getRow(i + 1).values;
        return Array.isArray(v) ? Array.from(v.slice(1), (x) => x ?? null) : [];
      });
    const rows = values(byOrg!);
    expect(rows[0]).toEqual(["Attendance"]);
    expect(rows).toContainEqual(["District", "All"]);
    expect(rows).toContainEqual(["Period", "09.2026 – 10.2026"]);
    const headerAt = rows.findIndex((r) => r[0] === "Organisation" && r[1] === "District");
    expect(byOrg!.views[0]).toMatchObject({ state: "frozen", ySplit: headerAt + 1 });
    expect(rows[headerAt]!.slice(0, 6)).toEqual([
      "Organisation",
      "District",
      "Children",
      "Child-days marked",
      "Days attended",
      "Days absent",
    ]);
    expect(rows[headerAt + 1]!.slice(0, 6)).toEqual(["RP-N1", "North district", 3, 10, 6, 4]);
    expect(rows[headerAt + 1]!.at(-1)).toBe(0.6);
    expect(byOrg!.getRow(headerAt + 2).getCell(15).numFmt).toBe("0.0%");
    expect(rows[headerAt + 3]!.slice(0, 6)).toEqual(["Total", null, 4, 12, 7, 5]);
    expect(byOrg!.getColumn(1).width).toBeGreaterThanOrEqual(12);
    const monthRows = values(byMonth!);
    const m = monthRows.findIndex((r) => r[0] === "Month" && r[1] === "Children");
    expect(monthRows[m + 1]![0]).toEqual(new Date("2026-09-01T00:00:00Z"));
    expect(byMonth!.getRow(m + 2).getCell(1).numFmt).toBe("mm.yyyy");
    expect(monthRows[m + 1]!.slice(1, 5)).toEqual([4, 8, 6, 2]);
    const log = await db.auditLog.findFirst({ where: { action: "report.export" }, orderBy: { id: "desc" } });
    expect(log).toMatchObject({
      entityId: "attendance",
      organizationId: w.orgs.N.id,
      actorPersonId: w.people.officerN.person.id,
    });
  });

  it("CSV: one table, the same numbers; formula-like text neutralised", async () => {
    state.actor = w.actors.officerN;
    const res = await exportAuthority(
      new Request(
        url("/en/authority/reports/attendance/export", { ...PERIOD, format: "csv", section: "month" }),
      ),
      params("attendance"),
    );
    expect(res.status).toBe(200);
    const text = await res.text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      'Month,Children,Child-days marked,Days attended,Days absent,Illness (certificate),Illness (no certificate),Vacation,Family reasons,Quarantine,Unexcused,Other reason,Reason not known,"Attendance rate, %"',
    );
    expect(lines[1]).toBe("2026-09,4,8,6,2,1,0,0,0,0,1,0,0,75");
    expect(lines[2]).toBe("2026-10,3,4,1,3,0,0,1,1,0,0,0,1,25");
    expect(lines[3]).toBe("Total,4,12,7,5,1,0,1,1,0,1,0,1,58.3");
    const { sectionCsv } = await import("@/lib/reports/export");
    expect(
      sectionCsv({
        id: "x",
        title: "x",
        columns: [{ key: "a", header: "a", kind: "text" }],
        rows: [["=1+1"], ["\tx"], ["-2"]],
      }),
    ).toBe("\uFEFFa\r\n'=1+1\r\n'\tx\r\n'-2\r\n");
  });

  it("another district's officer gets 404 for this district's kindergarten; nobody signed in too", async () => {
    state.actor = w.actors.officerS;
    const res = await exportAuthority(
      new Request(url("/en/authority/reports/attendance/export", { ...PERIOD, org: w.orgs.N1.id })),
      params("attendance"),
    );
    expect(res.status).toBe(404);
    state.actor = null;
    const anon = await exportAuthority(
      new Request(url("/en/authority/reports/attendance/export", PERIOD)),
      params("attendance"),
    );
    expect(anon.status).toBe(404);
  });

  it("the kindergarten's own download holds its groups only; another kindergarten's id is refused", async () => {
    state.actor = w.actors.directorN1;
    const res = await exportOwn(
      new Request(url("/en/kindergarten/reports/attendance/export", { ...PERIOD, format: "csv" })),
      params("attendance"),
    );
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 3))).toEqual([
      ["Айгөлек", "2", "8"],
      ["Балапан", "1", "2"],
      ["Total", "3", "10"],
    ]);
    const foreign = await exportOwn(
      new Request(url("/en/kindergarten/reports/attendance/export", { ...PERIOD, org: w.orgs.S1.id })),
      params("attendance"),
    );
    expect(foreign.status).toBe(404);
  });
});
