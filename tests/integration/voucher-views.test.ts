import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeDistrict, makeOfficer, makeVoucherChild } from "./fixtures/voucher";
import { makeManager } from "./fixtures/kindergarten";
import { kindergartenVouchers } from "@/lib/voucher/kindergarten-vouchers";
import { authorityVouchers } from "@/lib/voucher/authority-vouchers";
import { voucherStatusForChild } from "@/lib/voucher/status-for-child";
import { runVoucherAnnulment } from "@/lib/jobs/voucher-annulment";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const AT = new Date("2026-12-11T00:00:30+05:00");

// District 1: kindergartens A and B; district 2: kindergarten X.
async function world() {
  const {
    authority: d1,
    kgs: [A, B],
  } = await makeDistrict(db, [{ name: "Балапан" }, { name: "Шұғыла" }]);
  const {
    authority: d2,
    kgs: [X],
  } = await makeDistrict(db, [{ name: "Бөтен" }]);
  const [a, b, x] = [A!, B!, X!];
  const missed = (kg: typeof a, months: number[]) =>
    months.map((month) => ({ kg, month, status: "NOT_CONFIRMED" as const }));
  const kids = {
    ok: await makeVoucherChild(db, {
      name: "Бірінші",
      stays: [{ kg: a, from: "2026-09-01" }],
      sheets: [{ kg: a, month: 11, status: "CONFIRMED" }],
    }),
    atRisk: await makeVoucherChild(db, {
      name: "Екінші",
      stays: [{ kg: a, from: "2026-09-01" }],
      sheets: [
        { kg: a, month: 10, status: "CONFIRMED" },
        { kg: a, month: 11, status: "OPEN" },
      ],
    }),
    pending: await makeVoucherChild(db, {
      name: "Үшінші",
      stays: [{ kg: a, from: "2026-09-01" }],
      sheets: missed(a, [10, 11]),
    }),
    closed: await makeVoucherChild(db, {
      name: "Төртінші",
      stays: [{ kg: a, from: "2026-09-01" }],
      voucher: "CLOSED",
    }),
    movedToB: await makeVoucherChild(db, {
      name: "Бесінші",
      stays: [
        { kg: a, from: "2026-09-01", to: "2026-10-30" },
        { kg: b, from: "2026-11-02" },
      ],
      sheets: missed(b, [11]),
    }),
    foreign: await makeVoucherChild(db, {
      name: "Бөгде",
      stays: [{ kg: x, from: "2026-09-01" }],
      sheets: missed(x, [10, 11]),
    }),
  };
  return { d1, d2, a, b, x, kids };
}

describe("where vouchers are seen", () => {
  it("the kindergarten sees the vouchers it holds: to be annulled and at risk first, with the months", async () => {
    const { a, kids } = await world();
    const { rows, counts } = await kindergartenVouchers(await makeManager(db, a.id), AT);
    expect(rows.map((r) => [r.child.lastName, r.view])).toEqual([
      ["Үшінші", "pending"],
      ["Екінші", "at_risk"],
      ["Бірінші", "active"],
      ["Төртінші", "closed"],
    ]);
    expect(rows[0]!.months).toEqual([
      { year: 2026, month: 10 },
      { year: 2026, month: 11 },
    ]);
    expect(rows[1]!.months).toEqual([{ year: 2026, month: 11 }]);
    expect(counts).toEqual({ pending: 1, at_risk: 1, annulled: 0, active: 1, closed: 1 });
    expect(rows.some((r) => r.id === kids.movedToB.voucher.id || r.id === kids.foreign.voucher.id)).toBe(
      false,
    );
  });

  it("after the job the annulled voucher is listed as annulled", async () => {
    const { a, kids } = await world();
    await runVoucherAnnulment(AT);
    const { rows } = await kindergartenVouchers(await makeManager(db, a.id), AT);
    expect(rows.find((r) => r.id === kids.pending.voucher.id)).toMatchObject({
      view: "annulled",
      status: "ANNULLED",
    });
  });

  it("a voucher follows the child to the kindergarten they attend now", async () => {
    const { b, kids } = await world();
    const { rows } = await kindergartenVouchers(await makeManager(db, b.id), AT);
    expect(rows.map((r) => [r.id, r.view])).toEqual([[kids.movedToB.voucher.id, "at_risk"]]);
  });

  it("the authority sees counts per kindergarten of its subtree and the at-risk and annulled list; another district's kindergarten is refused", async () => {
    const { d1, a, b, x, kids } = await world();
    const report = await authorityVouchers(await makeOfficer(db, d1.id), AT);
    expect(report.perKindergarten.map((k) => [k.id, k.counts])).toEqual([
      [a.id, { pending: 1, at_risk: 1, annulled: 0, active: 1, closed: 1 }],
      [b.id, { pending: 0, at_risk: 1, annulled: 0, active: 0, closed: 0 }],
    ]);
    expect(report.list.map((r) => r.id).sort()).toEqual(
      [kids.pending.voucher.id, kids.atRisk.voucher.id, kids.movedToB.voucher.id].sort(),
    );
    const onlyB = await authorityVouchers(await makeOfficer(db, d1.id), AT, b.id);
    expect(onlyB.list.map((r) => r.id)).toEqual([kids.movedToB.voucher.id]);
    await expect(authorityVouchers(await makeOfficer(db, d1.id), AT, x.id)).rejects.toEqual(
      new AppError("not_found"),
    );
  });

  it("a kindergarten manager is not an authority officer", async () => {
    const { a } = await world();
    const ctx = await makeManager(db, a.id);
    await expect(authorityVouchers(ctx.actor, AT)).rejects.toEqual(new AppError("forbidden"));
  });

  it("the parent's cabinet gets the status, the rule's decision and the missed months", async () => {
    const { kids } = await world();
    expect(await voucherStatusForChild(kids.atRisk.child.id, AT)).toMatchObject({
      decision: "at_risk",
      missedMonths: [{ year: 2026, month: 11 }],
      voucher: { status: "ACTIVE", number: kids.atRisk.voucher.number },
    });
    // During the window November is still open: the warning names October's miss only if there was one
    expect(
      await voucherStatusForChild(kids.atRisk.child.id, new Date("2026-12-05T12:00:00+05:00")),
    ).toMatchObject({ decision: "ok", missedMonths: [] });
    expect(await voucherStatusForChild(kids.pending.child.id, AT)).toMatchObject({ decision: "annul" });
    await runVoucherAnnulment(AT);
    expect(await voucherStatusForChild(kids.pending.child.id, AT)).toMatchObject({
      decision: "inactive",
      voucher: { status: "ANNULLED" },
    });
    const noVoucher = await db.person.create({ data: { lastName: "Жоқ", firstName: "Ваучер" } });
    expect(await voucherStatusForChild(noVoucher.id, AT)).toBeNull();
  });
});
