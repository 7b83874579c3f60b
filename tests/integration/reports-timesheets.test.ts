import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { TimesheetStatus, VoucherStatus } from "@/lib/generated/prisma/enums";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeReportsWorld, type ReportsWorld } from "./fixtures/reports-world";
import { timesheetsReport } from "@/lib/reports/timesheets";
import { runReport } from "@/lib/reports/run";
import type { ReportSearch } from "@/lib/reports/filters";
import { setClock } from "@/lib/clock/clock";
import { cellHref, cellValue, type ReportSection } from "@/lib/reports/table";

// Report 6 (timesheets and vouchers) against a hand-made world: the timesheets per organisation and
// month by status, the vouchers held per organisation (at risk and to be annulled by the voucher rule),
// the list behind a number, the scope (South and the excluded N3 never counted), and the downloads.

const state = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => state.actor }));
const { GET: exportAuthority } =
  await import("@/app/[locale]/(authority)/authority/reports/[report]/export/route");

const db = getPrisma();
const NOW = new Date("2026-11-22T06:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);
let w: ReportsWorld;

beforeAll(async () => {
  setClock(NOW); // the export routes' "now"
  await resetDatabase();
  w = await makeReportsWorld(db, NOW);
  const sheet = (child: string, month: number, status: TimesheetStatus) => {
    const c = w.children[child]!;
    return db.timesheet.create({
      data: { childId: c.id, organizationId: c.organizationId, year: 2026, month, status },
    });
  };
  await sheet("c1", 9, "CONFIRMED");
  await sheet("c1", 10, "NOT_CONFIRMED");
  await sheet("c1", 11, "OPEN");
  await sheet("c2", 9, "CONFIRMED");
  await sheet("c2", 10, "DISPUTED");
  await sheet("c3", 9, "NOT_CONFIRMED");
  await sheet("c3", 10, "NOT_CONFIRMED");
  await sheet("c4", 9, "CONFIRMED");
  await sheet("c4", 10, "CONFIRMED");
  await sheet("c5", 9, "CONFIRMED");
  await sheet("c5", 10, "NOT_CONFIRMED");
  await sheet("c6", 10, "NOT_CONFIRMED"); // the excluded N3
  let n = 0;
  const voucher = (childId: string, organizationId: string, status: VoucherStatus, annulledAt?: Date) =>
    db.voucher.create({
      data: {
        number: `V-2026-${String(++n).padStart(6, "0")}`,
        childId,
        organizationId,
        status,
        issuedOn: d("2026-08-20"),
        annulledAt: annulledAt ?? null,
        annulReason: annulledAt ? "Екі ай расталмады" : null,
      },
    });
  for (const c of ["c1", "c2", "c3", "c5", "c6"])
    await voucher(w.children[c]!.id, w.children[c]!.organizationId, "ACTIVE");
  await voucher(w.children.c4!.id, w.orgs.N2.id, "ANNULLED", new Date("2026-09-30T19:05:00Z")); // 01.10 00:05 in Almaty
  // A child who left N2 in September: the voucher (closed) stays with N2.
  const c7 = await w.person("Бала-c7", "2021-09-01");
  await db.enrolment.create({
    data: {
      childId: c7.id,
      organizationId: w.orgs.N2.id,
      groupId: w.groups.g3.id,
      orderNumber: "№ 7",
      orderDate: d("2026-09-01"),
      startsOn: d("2026-09-01"),
      endsOn: d("2026-09-30"),
      endKind: "WITHDRAWN",
    },
  });
  await voucher(c7.id, w.orgs.N2.id, "CLOSED");
});
beforeEach(() => {
  state.actor = null;
});
afterAll(async () => {
  setClock(null);
  await disconnectPrisma();
});

const PERIOD = { from: "2026-09", to: "2026-11" };
const run = (actor: Actor, search: ReportSearch, area: "authority" | "kindergarten" = "authority") =>
  runReport(timesheetsReport, { area, actor, search: { ...PERIOD, ...search }, now: NOW, locale: "en" });
const section = (r: Awaited<ReturnType<typeof run>>, id: string) =>
  r.result.sections.find((s) => s.id === id)!;
function table(s: ReportSection) {
  const obj = (r: ReportSection["rows"][number]) =>
    Object.fromEntries(s.columns.map((c, i) => [c.key, cellValue(r[i] ?? null)]));
  return { rows: s.rows.map(obj), totals: s.totals ? obj(s.totals) : null };
}
const who = (v: unknown) => String(v).split(" ")[0];
const ym = (v: unknown) => (v as Date).toISOString().slice(0, 7);
const STATUSES = ["total", "CONFIRMED", "DISPUTED", "NOT_CONFIRMED", "OPEN", "CORRECTED", "confirmedShare"];
const VOUCHERS = ["active", "at_risk", "pending", "annulled", "annulledInPeriod", "closed"];

describe("timesheets and vouchers report", () => {
  it("counts timesheets per organisation and month by status, with the confirmed share", async () => {
    const r = await run(w.actors.officerN, {});
    const { rows, totals } = table(section(r, "organisation"));
    expect(rows.map((x) => [x.org, ym(x.month), ...STATUSES.map((k) => x[k])])).toEqual([
      ["RP-N1", "2026-09", 3, 2, 0, 1, 0, 0, 0.6667],
      ["RP-N1", "2026-10", 3, 0, 1, 2, 0, 0, 0],
      ["RP-N1", "2026-11", 1, 0, 0, 0, 1, 0, 0],
      ["RP-N2", "2026-09", 1, 1, 0, 0, 0, 0, 1],
      ["RP-N2", "2026-10", 1, 1, 0, 0, 0, 0, 1],
    ]);
    expect(STATUSES.map((k) => totals![k])).toEqual([9, 4, 1, 3, 1, 0, 0.4444]);
    const months = table(section(r, "month")).rows;
    expect(months.map((x) => [ym(x.month), x.total, x.CONFIRMED])).toEqual([
      ["2026-09", 4, 3],
      ["2026-10", 4, 1],
      ["2026-11", 1, 0],
    ]);
    expect(r.result.chart).toMatchObject({ kind: "stacked", percent: true });
    expect(r.result.chart!.data[0]).toMatchObject({ month: "2026-09", CONFIRMED: 0.75, NOT_CONFIRMED: 0.25 });
  });

  it("counts the vouchers held per organisation; at risk and to be annulled by the voucher rule", async () => {
    const r = await run(w.actors.officerN, {});
    const { rows, totals } = table(section(r, "vouchers"));
    expect(rows.map((x) => [x.org, ...VOUCHERS.map((k) => x[k])])).toEqual([
      ["RP-N1", 1, 1, 1, 0, 0, 0],
      ["RP-N2", 0, 0, 0, 1, 1, 1],
    ]);
    expect(VOUCHERS.map((k) => totals![k])).toEqual([1, 1, 1, 1, 1, 1]);
    // Annulled in the period, by the day in Almaty (01.10 00:05 there is still 30.09 in UTC).
    const september = await run(w.actors.officerN, { from: "2026-09", to: "2026-09" });
    expect(table(section(september, "vouchers")).totals!.annulledInPeriod).toBe(0);
  });

  it("a confirmed month in the list links its confirmation receipt, for the department and the kindergarten", async () => {
    const c1 = w.children.c1!;
    const sheet = await db.timesheet.findFirstOrThrow({ where: { childId: c1.id, year: 2026, month: 9 } });
    const confirmation = await db.timesheetConfirmation.create({
      data: {
        timesheetId: sheet.id,
        signerId: (await db.person.create({ data: { lastName: "Ана", firstName: "c1" } })).id,
        method: "OTP",
        snapshot: {},
        snapshotHash: "c1".repeat(32),
        signedAt: d("2026-11-03"),
      },
    });
    for (const [actor, area] of [
      [w.actors.officerN, "authority"],
      [w.actors.directorN1, "kindergarten"],
    ] as const) {
      const list = section(await run(actor, { list: `ts:all:2026-09:CONFIRMED` }, area), "list");
      const column = list.columns.findIndex((c) => c.key === "receipt");
      const receipts = list.rows.map((r) => [cellValue(r[column]!), cellHref(r[column]!)]);
      expect(receipts).toContainEqual([
        `SHA-256 ${"c1".repeat(8)}…`,
        `/api/timesheet-receipts/${confirmation.id}.zip`,
      ]);
    }
    await db.timesheetConfirmation.delete({ where: { id: confirmation.id } });
  });

  it("lists the children behind a number, and every count links to its list", async () => {
    const r = await run(w.actors.officerN, { list: `ts:${w.orgs.N1.id}:2026-10:NOT_CONFIRMED` });
    const list = section(r, "list");
    expect(list.title).toBe("Timesheets: Not confirmed, 2026-10, RP-N1");
    expect(table(list).rows.map((x) => who(x.child))).toEqual(["Бала-c1", "Бала-c3"]);
    const cell = section(r, "organisation").rows[1]![5]!;
    expect(cellHref(cell)).toContain(`list=ts%3A${w.orgs.N1.id}%3A2026-10%3ANOT_CONFIRMED`);

    const atRisk = await run(w.actors.officerN, { list: "v:all:at_risk" });
    expect(table(section(atRisk, "list")).rows.map((x) => [who(x.child), x.org, x.details])).toEqual([
      ["Бала-c1", "RP-N1", "Not confirmed: 2026-10"],
    ]);
    const pending = await run(w.actors.officerN, { list: `v:${w.orgs.N1.id}:pending` });
    expect(table(section(pending, "list")).rows.map((x) => [who(x.child), x.details])).toEqual([
      ["Бала-c3", "Not confirmed: 2026-09, 2026-10"],
    ]);
    const active = await run(w.actors.officerN, { list: "v:all:active" });
    expect(table(section(active, "list")).rows.map((x) => who(x.child))).toEqual(["Бала-c2"]);
    const annulled = await run(w.actors.officerN, { list: "v:all:annulled" });
    expect(table(section(annulled, "list")).rows.map((x) => [who(x.child), x.annulledOn])).toEqual([
      ["Бала-c4", d("2026-10-01")],
    ]);
  });

  it("never counts South or the excluded N3; a foreign list is refused with a note", async () => {
    const south = await run(w.actors.officerS, { list: `ts:${w.orgs.N1.id}:2026-10:NOT_CONFIRMED` });
    expect(table(section(south, "organisation")).rows.map((x) => x.org)).toEqual(["RP-S1", "RP-S1"]);
    expect(south.result.sections.some((s) => s.id === "list")).toBe(false);
    expect(south.notes).toEqual([expect.stringContaining("list in the address")]);
    expect(table(section(south, "vouchers")).rows.map((x) => [x.org, x.active, x.at_risk])).toEqual([
      ["RP-S1", 0, 1],
    ]);
    const region = await run(w.actors.officerR, {});
    expect(table(section(region, "organisation")).totals!.total).toBe(11);
    expect(table(section(region, "vouchers")).totals!.active).toBe(1);
    expect(table(section(region, "vouchers")).totals!.at_risk).toBe(2);
  });

  it("a kindergarten's director sees their own months and vouchers", async () => {
    const r = await run(w.actors.directorN1, {}, "kindergarten");
    expect(r.result.sections.map((s) => s.id)).toEqual(["month", "vouchers"]);
    expect(table(section(r, "month")).rows.map((x) => [ym(x.month), x.total])).toEqual([
      ["2026-09", 3],
      ["2026-10", 3],
      ["2026-11", 1],
    ]);
    expect(table(section(r, "vouchers")).rows.map((x) => [x.org, x.active, x.at_risk, x.pending])).toEqual([
      ["RP-N1", 1, 1, 1],
    ]);
  });

  it("the XLSX holds the same numbers on a sheet per table, the list included; the CSV too", async () => {
    state.actor = w.actors.officerN;
    const q = new URLSearchParams({ ...PERIOD, format: "xlsx", list: "v:all:annulled" });
    const res = await exportAuthority(
      new Request(`http://localhost/en/authority/reports/timesheets/export?${q}`),
      { params: Promise.resolve({ locale: "en", report: "timesheets" }) },
    );
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "Timesheets by organisation and",
      "Timesheets by month",
      "Vouchers by organisation",
      "Vouchers Annulled, All",
    ]);
    const rowsOf = (ws: ExcelJS.Worksheet) => {
      const out: unknown[][] = [];
      ws.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const vouchers = rowsOf(wb.worksheets[2]!);
    expect(vouchers).toContainEqual(["RP-N1", 1, 1, 1, 0, 0, 0]);
    expect(vouchers).toContainEqual(["Total", 1, 1, 1, 1, 1, 1]);
    const list = rowsOf(wb.worksheets[3]!);
    const c4 = list.find((r) => who(r[0]) === "Бала-c4")!;
    expect(c4[4]).toEqual(d("2026-08-20"));
    expect(c4[5]).toEqual(d("2026-10-01"));

    const csv = await exportAuthority(
      new Request(
        `http://localhost/en/authority/reports/timesheets/export?${new URLSearchParams({ ...PERIOD, format: "csv", section: "vouchers" })}`,
      ),
      { params: Promise.resolve({ locale: "en", report: "timesheets" }) },
    );
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines).toEqual([
      "Organisation,Active,At risk,To be annulled,Annulled,Annulled in the period,Closed",
      "RP-N1,1,1,1,0,0,0",
      "RP-N2,0,0,0,1,1,1",
      "Total,1,1,1,1,1,1",
    ]);
  });
});
