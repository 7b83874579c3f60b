import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { PriorityCategory, ProtocolEventKind, QueueStatus } from "@/lib/generated/prisma/enums";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeReportsWorld, type ReportsWorld } from "./fixtures/reports-world";
import { queueReport } from "@/lib/reports/queue";
import { runReport } from "@/lib/reports/run";
import type { ReportSearch } from "@/lib/reports/filters";
import { setClock } from "@/lib/clock/clock";
import { cellValue, type ReportSection } from "@/lib/reports/table";

// Report 7 (queue) against a hand-made world: children waiting by district, birth year and category
// (only applications choosing the officer's kindergartens; the excluded N3 and South's never), the
// places' protocol events and the referrals in the period with the median wait, and the downloads.

const state = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => state.actor }));
const { GET: exportAuthority } =
  await import("@/app/[locale]/(authority)/authority/reports/[report]/export/route");

const db = getPrisma();
const NOW = new Date("2026-11-22T06:00:00Z");
let w: ReportsWorld;

beforeAll(async () => {
  setClock(NOW); // the export routes' "now"
  await resetDatabase();
  w = await makeReportsWorld(db, NOW);
  const parent = await w.person("Ата-ана", "1990-01-01");
  let n = 0;
  const app = async (
    territoryId: string,
    birthYear: number,
    priority: PriorityCategory,
    choices: string[],
    status: QueueStatus = "WAITING",
    submittedAt = "2026-06-01T05:00:00Z",
  ) => {
    const child = await w.person(`Кезек-${++n}`, `${birthYear}-02-02`);
    return db.queueApplication.create({
      data: {
        number: `Q-${n}`,
        childId: child.id,
        applicantId: parent.id,
        territoryId,
        birthYear,
        language: "KK",
        priority,
        phone: "+77010000099",
        status,
        submittedAt: new Date(submittedAt),
        choices: { create: choices.map((organizationId, i) => ({ organizationId, rank: i + 1 })) },
      },
    });
  };
  const { north, south } = w.territories;
  const { N1, N2, N3, S1 } = w.orgs;
  const a1 = await app(north.id, 2021, "NONE", [N1.id]);
  await app(north.id, 2021, "LARGE_FAMILY", [N1.id, N2.id]);
  await app(north.id, 2022, "OUT_OF_TURN", [N2.id]);
  await app(south.id, 2021, "NONE", [S1.id]);
  const a5 = await app(north.id, 2021, "NONE", [N1.id], "REFERRED", "2026-01-10T05:00:00Z");
  await app(south.id, 2022, "NONE", [N1.id]);
  await app(north.id, 2021, "NONE", [N3.id]);

  const place = (organizationId: string) =>
    db.place.create({
      data: {
        organizationId,
        birthYear: 2021,
        language: "KK",
        status: "TAKEN",
        releasedAt: new Date("2026-09-05"),
      },
    });
  const event = (p: { id: string; organizationId: string }, kind: ProtocolEventKind, at: string) =>
    db.protocolEvent.create({
      data: { placeId: p.id, organizationId: p.organizationId, kind, at: new Date(at) },
    });
  const p1 = await place(N1.id);
  await event(p1, "RELEASED", "2026-09-05T04:00:00Z");
  await event(p1, "MOVED_TO_GENERAL", "2026-09-09T04:00:00Z");
  await event(p1, "TAKEN", "2026-09-10T04:00:00Z");
  const p2 = await place(N1.id);
  await event(p2, "RELEASED", "2026-10-01T04:00:00Z");
  await event(p2, "WITHDRAWN", "2026-10-02T04:00:00Z");
  const p3 = await place(N2.id);
  await event(p3, "RELEASED", "2026-08-20T04:00:00Z"); // before the period
  const p4 = await place(S1.id);
  await event(p4, "RELEASED", "2026-09-05T04:00:00Z");
  const referral = (
    placeId: string,
    applicationId: string,
    status: "ACCEPTED" | "EXPIRED",
    issuedAt: string,
  ) =>
    db.referral.create({
      data: {
        number: `R-${++n}`,
        placeId,
        applicationId,
        status,
        issuedAt: new Date(issuedAt),
        expiresAt: new Date("2026-12-31"),
      },
    });
  await referral(p1.id, a5.id, "ACCEPTED", "2026-09-10T05:00:00Z"); // 243 days after the application
  await referral(p2.id, a1.id, "EXPIRED", "2026-10-01T05:00:00Z"); // 122 days
});
beforeEach(() => {
  state.actor = null;
});
afterAll(async () => {
  setClock(null);
  await disconnectPrisma();
});

const PERIOD = { from: "2026-09", to: "2026-11" };
const run = (actor: Actor, search: ReportSearch = {}) =>
  runReport(queueReport, {
    area: "authority",
    actor,
    search: { ...PERIOD, ...search },
    now: NOW,
    locale: "en",
  });
const section = (r: Awaited<ReturnType<typeof run>>, id: string) =>
  r.result.sections.find((s) => s.id === id)!;
function table(s: ReportSection) {
  const obj = (r: ReportSection["rows"][number]) =>
    Object.fromEntries(s.columns.map((c, i) => [c.key, cellValue(r[i] ?? null)]));
  return { rows: s.rows.map(obj), totals: s.totals ? obj(s.totals) : null };
}
const PRIO = ["total", "NONE", "OUT_OF_TURN", "LARGE_FAMILY"];
const FLOW = [
  "RELEASED",
  "MOVED_TO_GENERAL",
  "TAKEN",
  "WITHDRAWN",
  "issued",
  "accepted",
  "refused",
  "lapsed",
  "open",
  "median",
];

describe("queue report", () => {
  it("counts the children waiting for the officer's kindergartens by district, birth year and category", async () => {
    const r = await run(w.actors.officerN);
    const { rows, totals } = table(section(r, "waiting"));
    expect(rows.map((x) => [x.district, x.cohort, ...PRIO.map((k) => x[k])])).toEqual([
      ["North district", "2021", 2, 1, 0, 1],
      ["North district", "2022", 1, 0, 1, 0],
      ["South district", "2022", 1, 1, 0, 0],
    ]);
    expect(PRIO.map((k) => totals![k])).toEqual([4, 2, 1, 1]);
    expect(table(section(r, "cohort")).rows.map((x) => [x.cohort, x.total])).toEqual([
      ["2021", 2],
      ["2022", 2],
    ]);
    expect(r.result.chart).toMatchObject({
      kind: "stacked",
      data: [
        { cohort: "2021", NONE: 1, LARGE_FAMILY: 1 },
        { cohort: "2022", NONE: 1, OUT_OF_TURN: 1 },
      ],
    });
  });

  it("counts the places' events and the referrals of the period with the median wait", async () => {
    const r = await run(w.actors.officerN);
    const { rows, totals } = table(section(r, "places"));
    expect(rows.map((x) => [x.org, ...FLOW.map((k) => x[k])])).toEqual([
      ["RP-N1", 2, 1, 1, 1, 2, 1, 0, 1, 0, 182.5],
    ]);
    expect(FLOW.map((k) => totals![k])).toEqual([2, 1, 1, 1, 2, 1, 0, 1, 0, 182.5]);
    // August alone: N2's release only.
    const august = await run(w.actors.officerN, { from: "2026-08", to: "2026-08" });
    expect(table(section(august, "places")).rows.map((x) => [x.org, x.RELEASED, x.issued])).toEqual([
      ["RP-N2", 1, 0],
    ]);
  });

  it("one kindergarten chosen narrows everything to it; South's officer never sees North's", async () => {
    const n2 = await run(w.actors.officerN, { org: w.orgs.N2.id });
    expect(table(section(n2, "waiting")).totals!.total).toBe(2);
    expect(section(n2, "places").rows).toEqual([]);
    const south = await run(w.actors.officerS, { org: w.orgs.N1.id });
    expect(south.notes).toHaveLength(1);
    expect(table(section(south, "waiting")).rows.map((x) => [x.district, x.cohort, x.total])).toEqual([
      ["South district", "2021", 1],
    ]);
    expect(table(section(south, "places")).rows.map((x) => [x.org, x.RELEASED])).toEqual([["RP-S1", 1]]);
    const region = await run(w.actors.officerR);
    expect(table(section(region, "waiting")).totals!.total).toBe(5);
  });

  it("is an authority's report only", async () => {
    const { isReportOf } = await import("@/lib/reports/catalogue");
    expect(isReportOf("kindergarten", "queue")).toBe(false);
    expect(isReportOf("authority", "queue")).toBe(true);
  });

  it("the XLSX and CSV hold the same numbers", async () => {
    state.actor = w.actors.officerN;
    const get = (format: string, section?: string) =>
      exportAuthority(
        new Request(
          `http://localhost/en/authority/reports/queue/export?${new URLSearchParams({ ...PERIOD, format, ...(section ? { section } : {}) })}`,
        ),
        { params: Promise.resolve({ locale: "en", report: "queue" }) },
      );
    const res = await get("xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[2]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(["RP-N1", 2, 1, 1, 1, 2, 1, 0, 1, 0, 182.5]);
    const csv = (await (await get("csv", "waiting")).text()).trim().split("\r\n");
    expect(csv[1]).toBe("North district,2021,2,1,0,0,0,1,0");
    expect(csv.at(-1)).toBe("Total,,4,2,1,0,0,1,0");
  });
});
