import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeReportsWorld, type ReportsWorld } from "./fixtures/reports-world";
import { activityReport } from "@/lib/reports/activity";
import { runReport } from "@/lib/reports/run";
import type { ReportSearch } from "@/lib/reports/filters";
import { cellValue, type ReportSection } from "@/lib/reports/table";
import { setClock } from "@/lib/clock/clock";

// Report 4 (activity) against a hand-made world: persons and registered users — staff, children,
// parents — per organisation and district (a parent of children in two kindergartens once in the
// district), the successful sign-ins today, in 7 and in 30 days, per day for the chart; the scope, and
// the downloads.

const state = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => state.actor }));
const { GET: exportAuthority } =
  await import("@/app/[locale]/(authority)/authority/reports/[report]/export/route");

const db = getPrisma();
const NOW = new Date("2026-11-22T06:00:00Z"); // 11:00 in Almaty
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - days * 86_400_000 - hours * 3_600_000);
let w: ReportsWorld;

beforeAll(async () => {
  setClock(NOW); // the export route's "now"
  await resetDatabase();
  w = await makeReportsWorld(db, NOW);
  const parent = async (children: string[], user: "registered" | "unregistered" | "none") => {
    const p = await w.person("Ата-ана", "1990-01-01");
    for (const c of children)
      await db.legalRepresentative.create({
        data: { childId: w.children[c]!.id, representativeId: p.id, relation: "mother" },
      });
    const u =
      user === "none"
        ? null
        : await db.user.create({
            data: { personId: p.id, registeredAt: user === "registered" ? new Date("2026-09-01") : null },
          });
    return { person: p, user: u };
  };
  const p1 = await parent(["c1", "c4"], "registered");
  await parent(["c2"], "unregistered");
  await parent(["c1"], "none");
  await parent(["c5"], "registered");
  // A claim still pending is not a representative yet.
  const pending = await w.person("Өтініш", "1991-01-01");
  await db.legalRepresentative.create({
    data: {
      childId: w.children.c3!.id,
      representativeId: pending.id,
      relation: "guardian",
      status: "PENDING",
    },
  });
  // Staff whose work ended, and one excluded: not counted.
  for (const [leftAt, excludedAt] of [
    [new Date("2026-08-31"), null],
    [null, new Date("2026-10-01")],
  ] as const) {
    const p = await w.person("Кеткен", "1980-01-01");
    await db.membership.create({
      data: {
        personId: p.id,
        organizationId: w.orgs.N1.id,
        role: "EDUCATOR",
        arrivedAt: new Date("2024-09-01"),
        leftAt,
        excludedAt,
      },
    });
  }
  const signIn = (userId: string, at: Date, success = true) =>
    db.signInEvent.create({ data: { userId, method: "PASSWORD", success, at } });
  const director = w.people.directorN1.user.id;
  await signIn(director, ago(0, 2)); // today, 09:00
  await signIn(director, ago(0, 1), false); // a failure
  await signIn(director, ago(3));
  await signIn(director, ago(20));
  await signIn(director, ago(40)); // too old
  await signIn(p1.user!.id, ago(0, 1));
  await signIn(w.people.officerN.user.id, ago(5));
  await signIn(w.people.officerS.user.id, ago(0, 1));
});
beforeEach(() => {
  state.actor = null;
});
afterAll(async () => {
  setClock(null);
  await disconnectPrisma();
});

const run = (actor: Actor, search: ReportSearch = {}) =>
  runReport(activityReport, { area: "authority", actor, search, now: NOW, locale: "en" });
function table(s: ReportSection) {
  const obj = (r: ReportSection["rows"][number]) =>
    Object.fromEntries(s.columns.map((c, i) => [c.key, cellValue(r[i] ?? null)]));
  return { rows: s.rows.map(obj), totals: s.totals ? obj(s.totals) : null };
}
const COLS = [
  "persons",
  "users",
  "share",
  "staff",
  "staffUsers",
  "child",
  "childUsers",
  "parent",
  "parentUsers",
  "day",
  "week",
  "month",
];

describe("activity report", () => {
  it("by all organisations: persons, users and their share, staff / children / parents, sign-ins", async () => {
    const r = await run(w.actors.officerN, { view: "organisation" });
    const { rows, totals } = table(r.result.sections[0]!);
    expect(rows.map((x) => [x.org, ...COLS.map((k) => x[k])])).toEqual([
      ["RP-N", 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1],
      ["RP-N1", 8, 3, 0.375, 2, 2, 3, 0, 3, 1, 2, 3, 4],
      ["RP-N2", 2, 1, 0.5, 0, 0, 1, 0, 1, 1, 1, 1, 1],
    ]);
    // The parent of children in N1 and N2 is one person in the total.
    expect(COLS.map((k) => totals![k])).toEqual([10, 4, 0.4, 3, 3, 4, 0, 3, 1, 2, 4, 5]);
  });

  it("by district (the default), and the sign-ins per day of the last 30 days for the chart", async () => {
    const r = await run(w.actors.officerR);
    expect(r.controls[0]).toMatchObject({ kind: "tabs", value: "district" });
    const { rows } = table(r.result.sections[0]!);
    expect(rows.map((x) => [x.district, x.persons, x.users, x.day])).toEqual([
      ["North district", 10, 4, 2],
      ["Region", 1, 1, 0],
      ["South district", 3, 2, 1],
    ]);
    const north = await run(w.actors.officerN);
    const days = table(north.result.sections[1]!);
    expect(days.rows).toHaveLength(30);
    expect(
      days.rows
        .filter((d) => (d.signIns as number) > 0)
        .map((d) => [(d.day as Date).toISOString().slice(0, 10), d.signIns]),
    ).toEqual([
      ["2026-11-02", 1],
      ["2026-11-17", 1],
      ["2026-11-19", 1],
      ["2026-11-22", 2],
    ]);
    expect(days.totals!.signIns).toBe(5);
    expect(north.result.chart).toMatchObject({ kind: "bar", x: "day" });
    expect(north.result.chart!.data.at(-1)).toEqual({ day: "22.11", signIns: 2 });
  });

  it("never counts South's people or the excluded N3 for North's officer", async () => {
    const south = await run(w.actors.officerS, { view: "organisation", org: w.orgs.N1.id });
    expect(south.notes).toHaveLength(1);
    expect(table(south.result.sections[0]!).rows.map((x) => [x.org, x.persons])).toEqual([
      ["RP-S", 1],
      ["RP-S1", 2],
    ]);
    const n1 = await run(w.actors.officerN, { view: "organisation", org: w.orgs.N1.id });
    expect(table(n1.result.sections[0]!).rows.map((x) => x.org)).toEqual(["RP-N1"]);
  });

  it("the XLSX and CSV hold the same numbers", async () => {
    state.actor = w.actors.officerN;
    const get = (q: Record<string, string>) =>
      exportAuthority(
        new Request(`http://localhost/en/authority/reports/activity/export?${new URLSearchParams(q)}`),
        {
          params: Promise.resolve({ locale: "en", report: "activity" }),
        },
      );
    const res = await get({ view: "organisation", format: "xlsx" });
    expect(res.headers.get("Content-Disposition")).toContain('filename="activity.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(["View", "By all organisations"]);
    expect(rows).toContainEqual(["RP-N1", "North district", 8, 3, 0.375, 2, 2, 3, 0, 3, 1, 2, 3, 4]);
    const days: unknown[][] = [];
    wb.worksheets[1]!.eachRow((r) => days.push((r.values as unknown[]).slice(1)));
    expect(days).toContainEqual([new Date("2026-11-22T00:00:00Z"), 2]);
    const csv = (await (await get({ format: "csv" })).text()).trim().split("\r\n");
    expect(csv[0]).toBe(
      'District,Persons,Users,"Users, %",Staff,Staff users,Children,Children users,Parents,Parent users,Sign-ins today,"Sign-ins, 7 days","Sign-ins, 30 days"',
    );
    expect(csv[1]).toBe("North district,10,4,40,3,3,4,0,3,1,2,4,5");
  });
});
