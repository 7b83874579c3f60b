import path from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase, testDatabaseUrl } from "./helpers/db";
import { makeKgManager, makePlace, makeQueueDistrict } from "./fixtures/queue-places";
import { publishProtocol } from "@/lib/queue/protocol/publish";
import { cachedChainReport, verifyProtocolChain, VERIFY_TTL_MS } from "@/lib/queue/protocol/verify";
import { pendingEventCount, publishedEvents } from "@/lib/queue/protocol/days";
import { exportRows, toCsv } from "@/lib/queue/protocol/export";
import { toXlsx } from "@/lib/queue/protocol/xlsx";
import { hashContent, type DayContent } from "@/lib/queue/protocol/content";
import { releasePlaces, withdrawPlace } from "@/lib/queue/places/release-place";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const at = (iso: string) => new Date(iso);

async function scene() {
  const district = await makeQueueDistrict(db, "proto", [{ name: "Балапан" }]);
  const other = await makeQueueDistrict(db, "other", [{ name: "Қарлығаш" }]);
  const kg = district.kindergartens[0]!;
  const ctx = await makeKgManager(db, kg.id);
  const out = await releasePlaces(
    ctx,
    { groupId: kg.group.id, birthYear: 2023, count: 1 },
    at("2026-11-23T10:00:00+05:00"),
  );
  await releasePlaces(
    await makeKgManager(db, other.kindergartens[0]!.id),
    { groupId: other.kindergartens[0]!.group.id, birthYear: 2022, count: 1 },
    at("2026-11-23T11:00:00+05:00"),
  );
  return { kg, ctx, placeId: out.ok ? out.value[0]! : "" };
}

describe("the daily publication of the protocol", () => {
  it("freezes the day's events at 18:00 into a hash-chained day; running again or for an older day changes nothing", async () => {
    const { ctx, placeId } = await scene();
    await withdrawPlace(ctx, { id: placeId, reason: "Жөндеу" }, at("2026-11-23T18:30:00+05:00")); // after the cut-off: next day
    expect(await publishProtocol(at("2026-11-23T17:59:00+05:00"))).toMatchObject({ published: 1, events: 0 }); // 22 Nov, empty
    expect(await publishProtocol(at("2026-11-23T18:00:00+05:00"))).toMatchObject({ published: 1, events: 2 });
    expect(await publishProtocol(at("2026-11-23T18:10:00+05:00"))).toMatchObject({ published: 0 });
    expect(await publishProtocol(at("2026-11-22T19:00:00+05:00"))).toMatchObject({ published: 0 }); // older than the last day
    expect(await pendingEventCount()).toBe(1);
    expect(await publishProtocol(at("2026-11-24T18:00:00+05:00"))).toMatchObject({ published: 1, events: 1 });
    const days = await db.protocolDay.findMany({ orderBy: { date: "asc" } });
    expect(days.map((d) => [d.date.toISOString().slice(0, 10), d.eventCount])).toEqual([
      ["2026-11-22", 0],
      ["2026-11-23", 2],
      ["2026-11-24", 1],
    ]);
    expect(days[1]!.prevHash).toBe(days[0]!.contentHash);
    expect(days[2]!.prevHash).toBe(days[1]!.contentHash);
    expect(hashContent(days[2]!.content)).toBe(days[2]!.contentHash);
    expect((days[2]!.content as unknown as DayContent).events.map((e) => [e.kind, e.facts.reason])).toEqual([
      ["WITHDRAWN", "Жөндеу"],
    ]);
    expect((await db.auditLog.findMany({ where: { action: "protocol.publish" } })).length).toBe(3);
    expect((await verifyProtocolChain()).ok).toBe(true);
  });

  it("an event recorded late, with an earlier time, is published the next day instead of being lost", async () => {
    const { kg } = await scene();
    await publishProtocol(at("2026-11-23T18:00:00+05:00"));
    const late = await makePlace(db, kg, { birthYear: 2023, status: "GENERAL" });
    await db.protocolEvent.create({
      data: {
        placeId: late.id,
        organizationId: kg.id,
        kind: "RELEASED",
        at: at("2026-11-23T17:00:00+05:00"),
        details: { birthYear: 2023, language: "KK", group: null },
      },
    });
    expect(await publishProtocol(at("2026-11-24T18:00:00+05:00"))).toMatchObject({ events: 1 });
    expect(await pendingEventCount()).toBe(0);
  });

  it("a missed run publishes every unpublished past day in order, each with its own events, and the chain has no gap", async () => {
    const { kg, ctx, placeId } = await scene();
    expect(await publishProtocol(at("2026-11-23T18:00:00+05:00"))).toMatchObject({ published: 1, events: 2 });
    await withdrawPlace(ctx, { id: placeId, reason: "Жөндеу" }, at("2026-11-24T09:00:00+05:00"));
    await releasePlaces(
      ctx,
      { groupId: kg.group.id, birthYear: 2023, count: 1 },
      at("2026-11-26T12:00:00+05:00"),
    );
    // No run on the 24th and the 25th (the server was down); the next run is on the 26th after 18:00,
    // when the other district's place (released on the 23rd) also reaches the end of its window.
    expect(await publishProtocol(at("2026-11-26T18:05:00+05:00"))).toMatchObject({ published: 3, events: 3 });
    expect(await publishProtocol(at("2026-11-26T18:10:00+05:00"))).toMatchObject({ published: 0 });
    const days = await db.protocolDay.findMany({ orderBy: { date: "asc" } });
    expect(days.map((d) => [d.date.toISOString().slice(0, 10), d.eventCount])).toEqual([
      ["2026-11-23", 2],
      ["2026-11-24", 1],
      ["2026-11-25", 0],
      ["2026-11-26", 2],
    ]);
    expect((days[1]!.content as unknown as DayContent).events.map((e) => e.kind)).toEqual(["WITHDRAWN"]);
    expect((days[3]!.content as unknown as DayContent).events.map((e) => e.kind)).toEqual([
      "RELEASED",
      "MOVED_TO_GENERAL",
    ]);
    expect((await verifyProtocolChain()).ok).toBe(true);
  });

  it("moves the places whose window ended at 18:00 before publishing, so the move is in the day", async () => {
    const { kg } = await scene();
    await makePlace(db, kg, {
      birthYear: 2023,
      status: "PRIORITY",
      releasedAt: at("2026-11-23T09:00:00+05:00"),
    });
    const r = await publishProtocol(at("2026-11-26T18:00:00+05:00"));
    expect(r.moved).toBeGreaterThanOrEqual(1);
    const rows = await publishedEvents({ from: "2026-11-26", to: "2026-11-26" });
    expect(rows.filter((e) => e.kind === "MOVED_TO_GENERAL").map((e) => e.at)).toContain(
      "2026-11-26T13:00:00.000Z",
    );
  });

  it("verification reports a rewritten day, a rewritten hash chain and a record changed after publication", async () => {
    const { placeId } = await scene();
    await publishProtocol(at("2026-11-23T18:00:00+05:00"));
    await publishProtocol(at("2026-11-24T18:00:00+05:00"));
    await db.$executeRaw`UPDATE "ProtocolDay" SET content = jsonb_set(content, '{events,0,kind}', '"WITHDRAWN"') WHERE date = '2026-11-23'`;
    let report = await verifyProtocolChain();
    expect(report.ok).toBe(false);
    expect(report.days.filter((d) => !d.ok).map((d) => [d.date, d.problems])).toEqual([
      ["2026-11-23", ["content_hash"]],
    ]);
    // Recomputing the tampered day's hash only moves the break to the next day.
    const day = await db.protocolDay.findFirstOrThrow({ where: { date: at("2026-11-23T00:00:00Z") } });
    await db.protocolDay.update({
      where: { date: day.date },
      data: { contentHash: hashContent(day.content) },
    });
    report = await verifyProtocolChain();
    expect(report.days.filter((d) => !d.ok).map((d) => [d.date, d.problems])).toEqual([
      ["2026-11-24", ["prev_hash"]],
    ]);
    await db.protocolEvent.updateMany({ where: { placeId }, data: { at: at("2026-11-23T09:00:00+05:00") } });
    expect((await verifyProtocolChain()).changedEvents).toHaveLength(1);
  });
});

describe("the public list and downloads", () => {
  it('the public "verify" is computed once per new head and served with its time, not on every request', async () => {
    await scene();
    await publishProtocol(at("2026-11-23T18:00:00+05:00"));
    const first = await cachedChainReport(at("2026-11-23T18:05:00+05:00"));
    expect(first.ok).toBe(true);
    // A day rewritten behind the portal's back is not seen by the cached answer within its time …
    const [day] = await db.protocolDay.findMany({ orderBy: { date: "desc" }, take: 1 });
    await db.protocolDay.update({ where: { date: day!.date }, data: { eventCount: day!.eventCount + 1 } });
    const again = await cachedChainReport(at("2026-11-23T18:06:00+05:00"));
    expect(again.verifiedAt).toEqual(first.verifiedAt);
    // … but is after it, and a new publication is verified at once.
    const later = await cachedChainReport(new Date(first.verifiedAt.getTime() + VERIFY_TTL_MS));
    expect([later.ok, later.verifiedAt > first.verifiedAt]).toEqual([false, true]);
    await db.protocolDay.update({ where: { date: day!.date }, data: { eventCount: day!.eventCount } });
    await publishProtocol(at("2026-11-24T18:00:00+05:00"));
    const next = await cachedChainReport(new Date(later.verifiedAt.getTime() + 1000));
    expect([next.ok, next.days.length, next.verifiedAt > later.verifiedAt]).toEqual([true, 2, true]);
  });

  it("filters by district and kindergarten and downloads the same rows as CSV and XLSX", async () => {
    const { kg } = await scene();
    await publishProtocol(at("2026-11-23T18:00:00+05:00"));
    expect(await publishedEvents({ from: "2026-11-17", to: "2026-11-23" })).toHaveLength(2);
    const rows = await publishedEvents({ from: "2026-11-17", to: "2026-11-23", district: "proto" });
    expect(rows.map((r) => [r.organization.id, r.kind, r.birthYear])).toEqual([[kg.id, "RELEASED", 2023]]);
    expect(await publishedEvents({ from: "2026-11-17", to: "2026-11-23", organizationId: "nope" })).toEqual(
      [],
    );
    const table = exportRows(rows, {
      headings: ["day", "time"],
      kind: (k) => k,
      language: (l) => l,
      access: (a) => a,
      time: (iso) => iso,
      name: (o) => o.nameKk,
      district: (d) => d.nameEn,
    });
    expect(toCsv(table)).toContain(
      "2026-11-23,2026-11-23T05:00:00.000Z,RELEASED,Балапан,proto district,2023,KK,Балапан тобы",
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx(table, "Protocol")) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(2).getCell(4).value).toBe("Балапан");
  });

  it("`npm run job -- publish-protocol --at …` publishes the day", async () => {
    await scene();
    const r = spawnSync(
      path.join(__dirname, "../../node_modules/.bin/tsx"),
      ["scripts/job.ts", "publish-protocol", "--at", "2026-11-23T18:00+05:00"],
      {
        cwd: path.resolve(__dirname, "../.."),
        encoding: "utf8",
        timeout: 90_000,
        env: { ...process.env, DATABASE_URL: testDatabaseUrl(), JOBS_ENABLED: "0" },
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/publish-protocol: 2026-11-23 published with 2 event\(s\)/);
    expect(await db.protocolDay.count()).toBe(1);
  }, 120_000);
});
