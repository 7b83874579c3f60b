import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeDistrict, makeVoucherChild } from "./fixtures/voucher";
import { runVoucherAnnulment } from "@/lib/jobs/voucher-annulment";
import { annulVoucher } from "@/lib/voucher/annul";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const BEFORE_11TH = new Date("2026-12-10T23:59:30+05:00");
const AFTER_11TH = new Date("2026-12-11T00:00:30+05:00");
const actions = async (action: string) => db.auditLog.count({ where: { action } });

// Two kindergartens A and B, and C whose school year starts in November (no working days before).
async function world() {
  const {
    kgs: [A, B, C],
  } = await makeDistrict(db, [
    { name: "Балапан" },
    { name: "Шұғыла" },
    { name: "Ақбота", schoolYearFrom: "2026-11-01" },
  ]);
  const a = A!,
    b = B!,
    c = C!;
  const from = (kg: typeof a, ymd = "2026-09-01") => [{ kg, from: ymd }];
  const mk = makeVoucherChild.bind(null, db);
  const children = {
    confirmed: await mk({
      name: "Растаған",
      stays: from(a),
      sheets: [9, 10, 11].map((month) => ({ kg: a, month, status: "CONFIRMED" as const })),
    }),
    annul: await mk({
      name: "Жойылатын",
      stays: from(a),
      phones: ["+77011110001", "+77011110002", null],
      sheets: [
        { kg: a, month: 9, status: "CONFIRMED" },
        { kg: a, month: 10, status: "NOT_CONFIRMED" },
        { kg: a, month: 11, status: "OPEN" },
      ],
    }),
    disputed: await mk({
      name: "Даулы",
      stays: from(a),
      sheets: [
        { kg: a, month: 10, status: "NOT_CONFIRMED" },
        { kg: a, month: 11, status: "DISPUTED" },
      ],
    }),
    noRow: await mk({
      name: "Жолсыз",
      stays: from(a),
      sheets: [
        { kg: a, month: 9, status: "CONFIRMED" },
        { kg: a, month: 10, status: "NOT_CONFIRMED" },
      ],
    }),
    transfer: await mk({
      name: "Ауысқан",
      stays: [
        { kg: a, from: "2026-09-01", to: "2026-11-13" },
        { kg: b, from: "2026-11-16" },
      ],
      sheets: [
        { kg: a, month: 10, status: "NOT_CONFIRMED" },
        { kg: a, month: 11, status: "CONFIRMED" },
        { kg: b, month: 11, status: "OPEN" },
      ],
    }),
    atRisk: await mk({
      name: "Қауіпті",
      stays: from(a),
      sheets: [
        { kg: a, month: 10, status: "CONFIRMED" },
        { kg: a, month: 11, status: "OPEN" },
      ],
    }),
    grace: await mk({
      name: "Кейінге",
      stays: from(a),
      sheets: [
        { kg: a, month: 10, status: "NOT_CONFIRMED" },
        { kg: a, month: 11, status: "CORRECTED", graceUntil: new Date("2026-12-13T12:00:00+05:00") },
      ],
    }),
    annulled: await mk({
      name: "Бұрын",
      stays: from(a),
      voucher: "ANNULLED",
      sheets: [
        { kg: a, month: 10, status: "NOT_CONFIRMED" },
        { kg: a, month: 11, status: "NOT_CONFIRMED" },
      ],
    }),
    noWorkingDays: await mk({
      name: "Жазғы",
      stays: from(c),
      sheets: [
        { kg: c, month: 9, status: "NOT_CONFIRMED" },
        { kg: c, month: 10, status: "NOT_CONFIRMED" },
        { kg: c, month: 11, status: "CONFIRMED" },
      ],
    }),
    gap: await mk({
      name: "Аралық",
      stays: from(a),
      sheets: [
        { kg: a, month: 9, status: "NOT_CONFIRMED" },
        { kg: a, month: 10, status: "CONFIRMED" },
        { kg: a, month: 11, status: "OPEN" },
      ],
    }),
  };
  return { a, b, c, children };
}

const status = async (v: { id: string }) =>
  (await db.voucher.findUniqueOrThrow({ where: { id: v.id } })).status;
const sheet = (childId: string, organizationId: string, month: number) =>
  db.timesheet.findUnique({
    where: { childId_organizationId_year_month: { childId, organizationId, year: 2026, month } },
  });

describe("voucher-annulment job", () => {
  it("just before 00:00 on the 11th (Asia/Almaty) November is still open: nothing is annulled", async () => {
    const { a, children } = await world();
    const result = await runVoucherAnnulment(BEFORE_11TH);
    expect(result).toMatchObject({ created: 0, notConfirmed: 0, annulled: 0, sms: 0 });
    expect(result.atRisk).toBe(5); // October missed: annul, disputed, noRow, transfer, grace
    expect((await sheet(children.annul.child.id, a.id, 11))!.status).toBe("OPEN");
    expect(await sheet(children.noRow.child.id, a.id, 11)).toBeNull();
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("just after it: closes November, annuls two consecutive misses (a dispute never counts), notifies once — and a rerun does nothing", async () => {
    const { a, b, children } = await world();
    const first = await runVoucherAnnulment(AFTER_11TH);
    expect(first).toMatchObject({ created: 1, notConfirmed: 4, checked: 9, annulled: 3, atRisk: 3, sms: 4 });

    expect((await sheet(children.annul.child.id, a.id, 11))!.status).toBe("NOT_CONFIRMED");
    expect((await sheet(children.noRow.child.id, a.id, 11))!.status).toBe("NOT_CONFIRMED");
    expect((await sheet(children.transfer.child.id, b.id, 11))!.status).toBe("NOT_CONFIRMED");
    expect((await sheet(children.grace.child.id, a.id, 11))!.status).toBe("CORRECTED");
    expect((await sheet(children.disputed.child.id, a.id, 11))!.status).toBe("DISPUTED");

    for (const k of ["annul", "noRow", "transfer"] as const)
      expect(await status(children[k].voucher)).toBe("ANNULLED");
    for (const k of ["confirmed", "disputed", "atRisk", "grace", "noWorkingDays", "gap"] as const)
      expect(await status(children[k].voucher)).toBe("ACTIVE");
    const annulled = await db.voucher.findUniqueOrThrow({ where: { id: children.annul.voucher.id } });
    expect(annulled.annulledAt).toEqual(AFTER_11TH);
    expect(annulled.annulReason).toContain("10.2026, 11.2026");
    expect(annulled.annulReason).toMatch(/расталмады.*\/.*не подтверждён/);

    const sms = await db.outboxMessage.findMany({ orderBy: { destination: "asc" } });
    expect(sms.filter((m) => m.destination.startsWith("+7701111000")).map((m) => m.destination)).toEqual([
      "+77011110001",
      "+77011110002",
    ]);
    expect(sms.every((m) => m.channel === "SMS" && m.body.includes("10.2026, 11.2026"))).toBe(true);
    expect(sms.find((m) => m.destination === "+77011110001")!.body).toContain(children.annul.voucher.number);

    const audits = {
      annul: await actions("voucher.annul"),
      sms: await actions("voucher.annul_sms"),
      closed: await actions("timesheet.not_confirmed"),
    };
    expect(audits).toEqual({ annul: 3, sms: 4, closed: 5 });
    const record = await db.auditLog.findFirstOrThrow({
      where: { action: "voucher.annul", entityId: children.annul.voucher.id },
    });
    expect(record.before).toMatchObject({ status: "ACTIVE" });
    expect(record.after).toMatchObject({ status: "ANNULLED", months: ["10.2026", "11.2026"] });

    const second = await runVoucherAnnulment(new Date(AFTER_11TH.getTime() + 60_000));
    expect(second).toMatchObject({ created: 0, notConfirmed: 0, annulled: 0, sms: 0 });
    expect(await db.outboxMessage.count()).toBe(4);
    expect({
      annul: await actions("voucher.annul"),
      sms: await actions("voucher.annul_sms"),
      closed: await actions("timesheet.not_confirmed"),
    }).toEqual(audits);
  });

  it("a grace period after a correction keeps the month open; when it runs out the voucher is annulled", async () => {
    const { children } = await world();
    await runVoucherAnnulment(AFTER_11TH);
    expect(await status(children.grace.voucher)).toBe("ACTIVE");
    const later = await runVoucherAnnulment(new Date("2026-12-14T00:05:00+05:00"));
    expect(later).toMatchObject({ notConfirmed: 1, annulled: 1, sms: 1 });
    expect(await status(children.grace.voucher)).toBe("ANNULLED");
  });

  it("an annulment whose SMS was never sent (a crash in between) gets it on the next run, once", async () => {
    const { children } = await world();
    expect(
      await annulVoucher(
        children.annul.voucher.id,
        [
          { year: 2026, month: 10 },
          { year: 2026, month: 11 },
        ],
        BEFORE_11TH,
      ),
    ).toBe(true);
    expect(await db.outboxMessage.count()).toBe(0);
    const run = await runVoucherAnnulment(BEFORE_11TH);
    expect(run).toMatchObject({ annulled: 0, sms: 2 });
    expect(await runVoucherAnnulment(BEFORE_11TH)).toMatchObject({ sms: 0 });
    expect(await db.outboxMessage.count()).toBe(2);
    expect(await annulVoucher(children.annul.voucher.id, [], BEFORE_11TH)).toBe(false); // already annulled: nothing written
    expect(await actions("voucher.annul")).toBe(1);
  });

  it("each kindergarten is judged in its own time zone", async () => {
    const {
      kgs: [Z],
    } = await makeDistrict(db, [{ name: "Самара", timeZone: "Europe/Samara" }]);
    const { child } = await makeVoucherChild(db, {
      name: "Белдеу",
      stays: [{ kg: Z!, from: "2026-09-01" }],
      sheets: [{ kg: Z!, month: 11, status: "OPEN" }],
    });
    await runVoucherAnnulment(new Date("2026-12-11T00:30:00+05:00")); // 23:30 on the 10th in Samara
    expect((await sheet(child.id, Z!.id, 11))!.status).toBe("OPEN");
    await runVoucherAnnulment(new Date("2026-12-11T01:05:00+05:00")); // 00:05 on the 11th there
    expect((await sheet(child.id, Z!.id, 11))!.status).toBe("NOT_CONFIRMED");
  });
});
