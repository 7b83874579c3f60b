import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeDistrict, makeOfficer, makeVoucherChild } from "./fixtures/voucher";
import { makeManager } from "./fixtures/kindergarten";
import { makeParent } from "./fixtures/parent";
import { disputeTimesheet } from "@/lib/timesheet/dispute";
import {
  acceptDispute,
  decideDispute,
  escalateDispute,
  rejectDispute,
  reportDisputeCorrected,
} from "@/lib/timesheet/dispute-steps";
import { notifyPendingDisputeAnswers } from "@/lib/timesheet/dispute-notify";
import { officerDisputes } from "@/lib/timesheet/dispute-officer";
import { parentMonth } from "@/lib/timesheet/parent-month";
import { runVoucherAnnulment } from "@/lib/jobs/voucher-annulment";
import { closeConfirmationWindows } from "@/lib/jobs/close-window";
import { evaluateVouchers } from "@/lib/voucher/evaluate";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

// All instants in Almaty (UTC+5). November 2026 is disputed in its window (1–10 December).
const at = (s: string) => new Date(`${s}+05:00`);
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof Refusal ? e.key : e instanceof AppError ? e.code : String(e)),
  );

// A kindergarten under a district department; a child with a voucher whose September is confirmed and
// October not (one more missed month annuls); the child's parent, the kindergarten's manager, an
// officer of the department and one of another department.
async function world() {
  const { authority, kgs } = await makeDistrict(db, [{ name: "Балапан" }]);
  const kg = kgs[0]!;
  const { child, voucher } = await makeVoucherChild(db, {
    name: "Даулы",
    stays: [{ kg, from: "2026-09-01" }],
    phones: [],
    sheets: [
      { kg, month: 9, status: "CONFIRMED" },
      { kg, month: 10, status: "NOT_CONFIRMED" },
    ],
  });
  const parent = await makeParent(db, [child.id], { bind: true });
  const manager = await makeManager(db, kg.id);
  const officer = await makeOfficer(db, authority.id);
  const other = await makeDistrict(db, [{ name: "Басқа" }]);
  const otherOfficer = await makeOfficer(db, other.authority.id);
  const ref = { childId: child.id, organizationId: kg.id, year: 2026, month: 11 };
  const dispute = await disputeTimesheet(
    parent.actor,
    { ...ref, reason: "18 қарашада бала келген", days: ["2026-11-18"] },
    at("2026-12-03T10:00:00"),
  );
  return { authority, kg, child, voucher, parent, manager, officer, otherOfficer, ref, dispute };
}
type World = Awaited<ReturnType<typeof world>>;

const november = (w: World) =>
  db.timesheet.findUniqueOrThrow({
    where: { childId_organizationId_year_month: { ...w.ref } },
  });
const voucherStatus = async (w: World) =>
  (await db.voucher.findUniqueOrThrow({ where: { id: w.voucher.id } })).status;
const novemberState = async (w: World, when: Date) => {
  const v = await db.voucher.findUniqueOrThrow({ where: { id: w.voucher.id } });
  const verdict = (await evaluateVouchers([v], when)).get(v.id)!;
  return verdict.history.find((m) => m.month === 11)?.state;
};
const smsSent = () => db.auditLog.count({ where: { action: "timesheet.dispute_sms" } });

// Rejected, escalated, decided for the kindergarten: the steps up to the decision on 15 December 12:00.
async function decidedForKindergarten(w: World) {
  await rejectDispute(
    w.manager.actor,
    w.dispute.id,
    "Журналда 18 қарашада келмеген",
    at("2026-12-04T10:00:00"),
  );
  await escalateDispute(w.parent.actor, w.dispute.id, "Бала сол күні келген", at("2026-12-07T10:00:00"));
  await decideDispute(
    { actor: w.officer, authorityId: w.authority.id },
    { disputeId: w.dispute.id, outcome: "kindergarten", decision: "Белгілер журналмен сәйкес" },
    at("2026-12-15T12:00:00"),
  );
}

describe("an escalated dispute decided for the kindergarten and left unconfirmed", () => {
  it("annuls nothing until the grace period after the decision ends, then counts as not confirmed", async () => {
    const w = await world();
    await rejectDispute(
      w.manager.actor,
      w.dispute.id,
      "Журналда 18 қарашада келмеген",
      at("2026-12-04T10:00:00"),
    );
    await escalateDispute(w.parent.actor, w.dispute.id, "Бала сол күні келген", at("2026-12-07T10:00:00"));
    const escalated = await db.timesheetDispute.findUniqueOrThrow({ where: { id: w.dispute.id } });
    expect(escalated.status).toBe("ESCALATED");
    // Monday 7 December + 10 working days (16 December, Independence Day, is off): Tuesday 22 December
    expect(escalated.decideBy).toEqual(at("2026-12-23T00:00:00"));

    // The window closes while the department has not decided: the month is excused, the voucher stays.
    const closing = await runVoucherAnnulment(at("2026-12-11T00:00:30"));
    expect(closing.annulled).toBe(0);
    expect((await november(w)).status).toBe("DISPUTED");
    expect(await voucherStatus(w)).toBe("ACTIVE");
    expect(await novemberState(w, at("2026-12-22T23:00:00"))).toBe("disputed");

    await decideDispute(
      { actor: w.officer, authorityId: w.authority.id },
      { disputeId: w.dispute.id, outcome: "kindergarten", decision: "Белгілер журналмен сәйкес" },
      at("2026-12-15T12:00:00"),
    );
    const graceEnds = at("2026-12-20T12:00:00");
    expect((await november(w)).graceUntil).toEqual(graceEnds);

    // One ms before the grace period ends: open, nothing annulled, the sheet still DISPUTED.
    const before = await runVoucherAnnulment(ms(graceEnds, -1));
    expect(before.annulled).toBe(0);
    expect((await november(w)).status).toBe("DISPUTED");
    expect(await voucherStatus(w)).toBe("ACTIVE");
    expect(await novemberState(w, ms(graceEnds, -1))).toBe("open");

    // At its end: November counts as not confirmed; with October, the voucher is annulled.
    const after = await runVoucherAnnulment(graceEnds);
    expect(after.annulled).toBe(1);
    expect((await november(w)).status).toBe("NOT_CONFIRMED");
    expect(await voucherStatus(w)).toBe("ANNULLED");
    const record = await db.auditLog.findFirstOrThrow({
      where: { action: "timesheet.not_confirmed", entityId: (await november(w)).id },
    });
    expect(record.after).toMatchObject({ reason: "dispute_grace_over" });

    // Running again changes nothing.
    const again = await runVoucherAnnulment(ms(graceEnds, 60_000));
    expect(again).toMatchObject({ annulled: 0, disputesClosed: 0, disputeSms: 0 });
  });

  it("confirmed within the grace period, the month counts as confirmed and the sheet is left alone", async () => {
    const w = await world();
    await decidedForKindergarten(w);
    // the parent confirms (the confirmation itself is tested in timesheet.test.ts): the sheet says so
    await db.timesheet.update({ where: { id: (await november(w)).id }, data: { status: "CONFIRMED" } });
    await runVoucherAnnulment(at("2027-01-05T00:00:00"));
    expect((await november(w)).status).toBe("CONFIRMED");
    expect(await voucherStatus(w)).toBe("ACTIVE");
  });

  it("tells the parent of each answer once: the rejection and the decision (not their own escalation)", async () => {
    const w = await world();
    await decidedForKindergarten(w);
    expect(await smsSent()).toBe(2);
    const texts = await db.outboxMessage.findMany({
      where: { destination: w.parent.person.phone! },
      orderBy: { createdAt: "asc" },
    });
    expect(texts.map((t) => t.body)).toEqual([
      expect.stringContaining("11.12.2026 00:00"), // rejected on the 4th: the grace is the window's end
      expect.stringContaining("20.12.2026 12:00"),
    ]);
    expect(texts[0]!.body).toContain("11.2026");
    // the job finds nothing owed
    expect(await notifyPendingDisputeAnswers(at("2026-12-16T00:05:00"))).toBe(0);
    // a crash between a step and its SMS: the record of the SMS is missing, the job sends it once
    await db.auditLog.deleteMany({
      where: { action: "timesheet.dispute_sms", after: { path: ["event"], equals: "upheld_kindergarten" } },
    });
    expect(await notifyPendingDisputeAnswers(at("2026-12-16T00:05:00"))).toBe(1);
    expect(await notifyPendingDisputeAnswers(at("2026-12-16T00:06:00"))).toBe(0);
  });
});

describe("the steps refuse what the rules refuse", () => {
  it("two answers at the same moment: one applies, the other is refused with a message", async () => {
    const w = await world();
    const now = at("2026-12-04T10:00:00");
    const results = await Promise.all([
      outcome(rejectDispute(w.manager.actor, w.dispute.id, "Бала келмеген", now)),
      outcome(acceptDispute(w.manager.actor, w.dispute.id, "Түзетілді", now)),
      outcome(rejectDispute(w.manager.actor, w.dispute.id, "Бала келмеген", now)),
    ]);
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "validation.disputeFlow.notOpen")).toHaveLength(2);
    expect(
      await db.auditLog.count({
        where: { action: { in: ["timesheet.dispute_accept", "timesheet.dispute_reject"] } },
      }),
    ).toBe(1);
    expect(await smsSent()).toBe(1);
  });

  it("two decisions at the same moment: one applies", async () => {
    const w = await world();
    await rejectDispute(w.manager.actor, w.dispute.id, "Бала келмеген", at("2026-12-04T10:00:00"));
    await escalateDispute(w.parent.actor, w.dispute.id, "Келген", at("2026-12-05T10:00:00"));
    const ctx = { actor: w.officer, authorityId: w.authority.id };
    const now = at("2026-12-08T10:00:00");
    const results = await Promise.all(
      (["kindergarten", "parent"] as const).map((o) =>
        outcome(decideDispute(ctx, { disputeId: w.dispute.id, outcome: o, decision: "Шешім" }, now)),
      ),
    );
    expect(results.sort()).toEqual(["ok", "validation.disputeFlow.notEscalated"]);
  });

  it("escalation: only a rejected dispute, only while its grace period lasts, only by the child's parent", async () => {
    const w = await world();
    expect(
      await outcome(escalateDispute(w.parent.actor, w.dispute.id, "Келген", at("2026-12-04T09:00:00"))),
    ).toBe("validation.disputeFlow.notRejected");
    await rejectDispute(w.manager.actor, w.dispute.id, "Бала келмеген", at("2026-12-09T15:00:00"));
    const stranger = await makeParent(db, []);
    expect(
      await outcome(escalateDispute(stranger.actor, w.dispute.id, "Келген", at("2026-12-10T09:00:00"))),
    ).toBe("not_found");
    // the grace period: 5 days after the answer, 14 December 15:00
    expect(
      await outcome(escalateDispute(w.parent.actor, w.dispute.id, "Келген", at("2026-12-14T15:00:00"))),
    ).toBe("validation.disputeFlow.escalationClosed");
    expect(
      await outcome(
        escalateDispute(w.parent.actor, w.dispute.id, "Келген", ms(at("2026-12-14T15:00:00"), -1)),
      ),
    ).toBe("ok");
  });

  it("a rejected month takes no new dispute (the rejection is answered by escalating)", async () => {
    const w = await world();
    await rejectDispute(w.manager.actor, w.dispute.id, "Бала келмеген", at("2026-12-04T10:00:00"));
    expect(
      await outcome(
        disputeTimesheet(
          w.parent.actor,
          { ...w.ref, reason: "Тағы да келіспеймін", days: [] },
          at("2026-12-05T10:00:00"),
        ),
      ),
    ).toBe("validation.disputeFlow.running");
  });

  it("the officer decides only for kindergartens under their department", async () => {
    const w = await world();
    await rejectDispute(w.manager.actor, w.dispute.id, "Бала келмеген", at("2026-12-04T10:00:00"));
    await escalateDispute(w.parent.actor, w.dispute.id, "Келген", at("2026-12-05T10:00:00"));
    const input = { disputeId: w.dispute.id, outcome: "parent" as const, decision: "Шешім" };
    expect(
      await outcome(
        decideDispute(
          { actor: w.otherOfficer, authorityId: w.otherOfficer.memberships[0]!.organizationId },
          input,
          at("2026-12-08T10:00:00"),
        ),
      ),
    ).toBe("not_found");
    expect(
      await officerDisputes(
        { actor: w.otherOfficer, organizationId: w.otherOfficer.memberships[0]!.organizationId },
        "escalated",
      ),
    ).toEqual([]);
    const listed = await officerDisputes({ actor: w.officer, organizationId: w.authority.id }, "escalated");
    expect(listed.map((d) => d.id)).toEqual([w.dispute.id]);
    expect(listed[0]!.child.iin ?? "").not.toMatch(/^\d{12}$/);
  });
});

describe("decided for the parent", () => {
  it("stays excused until the kindergarten reports the correction, then the parent confirms within the grace period", async () => {
    const w = await world();
    await rejectDispute(w.manager.actor, w.dispute.id, "Бала келмеген", at("2026-12-04T10:00:00"));
    await escalateDispute(w.parent.actor, w.dispute.id, "Келген", at("2026-12-05T10:00:00"));
    await decideDispute(
      { actor: w.officer, authorityId: w.authority.id },
      { disputeId: w.dispute.id, outcome: "parent", decision: "Белгіні түзету керек" },
      at("2026-12-08T10:00:00"),
    );
    expect((await november(w)).graceUntil).toBeNull();
    await closeConfirmationWindows(at("2027-01-20T00:05:00"));
    expect((await november(w)).status).toBe("DISPUTED");
    expect(await novemberState(w, at("2027-01-20T00:05:00"))).toBe("disputed");
    const sheet = await parentMonth(w.parent.actor, w.child.id, 2026, 11, at("2027-01-20T00:05:00"), "kk");
    expect(sheet[0]!.next).toEqual({ who: "kindergarten_correct", until: null });

    await reportDisputeCorrected(w.manager.actor, w.dispute.id, at("2027-01-20T10:00:00"));
    expect(
      await outcome(reportDisputeCorrected(w.manager.actor, w.dispute.id, at("2027-01-20T10:01:00"))),
    ).toBe("validation.disputeFlow.nothingToCorrect");
    const graceEnds = at("2027-01-25T10:00:00");
    expect((await november(w)).graceUntil).toEqual(graceEnds);
    const page = await parentMonth(w.parent.actor, w.child.id, 2026, 11, at("2027-01-21T10:00:00"), "kk");
    expect(page[0]!.canConfirm).toBe(true);
    expect(page[0]!.status).toBe("open");
    await closeConfirmationWindows(ms(graceEnds, -1));
    expect((await november(w)).status).toBe("DISPUTED");
    await closeConfirmationWindows(graceEnds);
    expect((await november(w)).status).toBe("NOT_CONFIRMED");
    // the parent was told: rejected, decided for them, corrected
    expect(await smsSent()).toBe(3);
  });
});
