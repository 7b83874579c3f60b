import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { holdMarkRow, waitForLockWaiters } from "./helpers/locks";
import { makeKindergarten } from "./fixtures/kindergarten";
import { makeGroupWithChildren } from "./fixtures/attendance";
import { makeParent } from "./fixtures/parent";
import { bindChild, boundChildren, unbindChild } from "@/lib/timesheet/binding";
import { confirmWithCode, requestConfirmationCode } from "@/lib/timesheet/confirm";
import { disputeTimesheet } from "@/lib/timesheet/dispute";
import { acceptDispute } from "@/lib/timesheet/dispute-steps";
import { parentMonth } from "@/lib/timesheet/parent-month";
import { markAttendance } from "@/lib/attendance/mark-attendance";
import { snapshotHash } from "@/lib/timesheet/snapshot";
import { currentSnapshot } from "@/lib/timesheet/current-snapshot";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.code : String(e)),
  );
// October is marked on Friday 30 October; the window is 1–10 November (Asia/Almaty).
const OCT_30 = new Date("2026-10-30T05:00:00Z");
const NOV_5 = new Date("2026-11-05T05:00:00Z");
const NOV_10_2359 = new Date("2026-11-10T18:59:00Z");
const NOV_11_0000 = new Date("2026-11-10T19:00:00Z");

beforeEach(resetDatabase);
afterAll(disconnectPrisma);

async function setup() {
  const kg = await makeKindergarten(db);
  const g = await makeGroupWithChildren(db, kg.id, { children: 2 });
  for (const c of g.children) {
    await markAttendance(
      g.educator,
      { groupId: g.group.id, childId: c.id, date: "2026-10-29", status: "PRESENT", reason: null },
      OCT_30,
    );
    await markAttendance(
      g.educator,
      { groupId: g.group.id, childId: c.id, date: "2026-10-30", status: "ABSENT", reason: "FAMILY" },
      OCT_30,
    );
  }
  const { actor: parent, person } = await makeParent(db, [g.children[0]!.id], { bind: true });
  const ref = { childId: g.children[0]!.id, organizationId: kg.id, year: 2026, month: 10 };
  return { kg, g, parent, person, ref };
}

async function lastCode(phone: string) {
  const m = await db.outboxMessage.findFirstOrThrow({
    where: { destination: phone },
    orderBy: { createdAt: "desc" },
  });
  return /(\d{6})/.exec(m.body)![1]!;
}

describe("binding a child", () => {
  it("works only for a legal representative on record, is idempotent and can be undone; refusals look alike", async () => {
    const { g } = await setup();
    const { actor, person } = await makeParent(db, [g.children[1]!.id]);
    expect(await codeOf(bindChild(actor, g.children[0]!.iin!, NOV_5))).toBe("binding_refused"); // someone else's child
    expect(await codeOf(bindChild(actor, "210315601231", NOV_5))).toBe("binding_refused"); // nobody's
    await bindChild(actor, g.children[1]!.iin!, NOV_5);
    await bindChild(actor, g.children[1]!.iin!, NOV_5);
    expect((await boundChildren(person.id)).map((c) => c.id)).toEqual([g.children[1]!.id]);
    await unbindChild(actor, g.children[1]!.id, NOV_5);
    expect(await boundChildren(person.id)).toEqual([]);
    await bindChild(actor, g.children[1]!.iin!, NOV_5);
    expect(await db.childBinding.count()).toBe(2); // the fixture's binding and this one
  });
});

describe("confirming by one-time code", () => {
  it("signs exactly the data shown: snapshot and SHA-256 stored; confirming twice is harmless", async () => {
    const { parent, person, ref } = await setup();
    const sent = await requestConfirmationCode(parent, ref, NOV_5, (c) => `code ${c}`);
    const code = await lastCode(person.phone!);
    await confirmWithCode(parent, { ...ref, hash: sent.hash, code }, NOV_5);
    const c = await db.timesheetConfirmation.findFirstOrThrow({ include: { timesheet: true } });
    expect(c).toMatchObject({ method: "OTP", signerId: person.id, snapshotHash: sent.hash });
    expect(c.timesheet.status).toBe("CONFIRMED");
    expect(snapshotHash(c.snapshot as never)).toBe(c.snapshotHash);
    expect((c.snapshot as { days: unknown[] }).days).toHaveLength(2);
    // Again, with a new code: the same confirmation, no second row.
    const again = await requestConfirmationCode(
      parent,
      ref,
      new Date(NOV_5.getTime() + 61_000),
      (x) => `code ${x}`,
    );
    await confirmWithCode(
      parent,
      { ...ref, hash: again.hash, code: await lastCode(person.phone!) },
      new Date(NOV_5.getTime() + 62_000),
    );
    expect(await db.timesheetConfirmation.count()).toBe(1);
    const [sheet] = await parentMonth(parent, ref.childId, 2026, 10, NOV_5, "kk");
    expect(sheet!.status).toBe("confirmed");
  });

  it("is refused outside 1st–10th (Almaty time), before and after the window, and for another parent's child", async () => {
    const { parent, ref, g } = await setup();
    expect(await codeOf(requestConfirmationCode(parent, ref, OCT_30, (c) => c))).toBe("confirmation_closed");
    expect(await codeOf(requestConfirmationCode(parent, ref, NOV_11_0000, (c) => c))).toBe(
      "confirmation_closed",
    );
    expect(await codeOf(requestConfirmationCode(parent, ref, NOV_10_2359, (c) => c))).toBe("ok");
    expect(
      await codeOf(requestConfirmationCode(parent, { ...ref, childId: g.children[1]!.id }, NOV_5, (c) => c)),
    ).toBe("not_found");
  });

  it("refuses when the kindergarten changed the month after the code was sent", async () => {
    const { parent, person, ref, g } = await setup();
    const sent = await requestConfirmationCode(parent, ref, NOV_5, (c) => `code ${c}`);
    await markAttendance(
      g.educator,
      { groupId: g.group.id, childId: ref.childId, date: "2026-10-30", status: "PRESENT", reason: null },
      NOV_5,
    );
    expect(
      await codeOf(
        confirmWithCode(parent, { ...ref, hash: sent.hash, code: await lastCode(person.phone!) }, NOV_5),
      ),
    ).toBe("timesheet_changed");
    expect(await db.timesheetConfirmation.count()).toBe(0);
  });

  it("a correction after confirmation reopens it with a grace period past the 10th", async () => {
    const { parent, person, ref, g } = await setup();
    const sent = await requestConfirmationCode(parent, ref, NOV_5, (c) => `code ${c}`);
    await confirmWithCode(parent, { ...ref, hash: sent.hash, code: await lastCode(person.phone!) }, NOV_5);
    const later = new Date("2026-11-12T05:00:00Z");
    await markAttendance(
      g.educator,
      {
        groupId: g.group.id,
        childId: ref.childId,
        date: "2026-10-30",
        status: "PRESENT",
        reason: null,
        correctionReason: "ошибка",
      },
      later,
    );
    const [sheet] = await parentMonth(parent, ref.childId, 2026, 10, later, "ru");
    expect(sheet!.status).toBe("corrected");
    expect(sheet!.canConfirm).toBe(true);
    const re = await requestConfirmationCode(parent, ref, later, (c) => `code ${c}`);
    await confirmWithCode(parent, { ...ref, hash: re.hash, code: await lastCode(person.phone!) }, later);
    expect(await db.timesheetConfirmation.count({ where: { supersededAt: null } })).toBe(1);
    expect(await db.timesheetConfirmation.count()).toBe(2);
  });
});

describe("disagreeing", () => {
  it("records the dispute, the kindergarten accepts it, and the parent may confirm during the grace period", async () => {
    const { parent, person, ref, g } = await setup();
    await disputeTimesheet(
      parent,
      { ...ref, reason: "30 қазанда бала келген", days: ["2026-10-30", "2026-11-01"] },
      NOV_5,
    );
    const d = await db.timesheetDispute.findFirstOrThrow({ include: { timesheet: true } });
    expect(d.days).toEqual(["2026-10-30"]);
    expect(d.timesheet.status).toBe("DISPUTED");
    const other = await makeGroupWithChildren(db, ref.organizationId, { children: 1 });
    expect(await codeOf(acceptDispute(other.educator, d.id, "no", NOV_5))).toBe("forbidden");
    const afterWindow = new Date("2026-11-12T05:00:00Z");
    await markAttendance(
      g.educator,
      { groupId: g.group.id, childId: ref.childId, date: "2026-10-30", status: "PRESENT", reason: null },
      afterWindow,
    );
    await acceptDispute(g.educator, d.id, "Түзетілді", afterWindow);
    const sent = await requestConfirmationCode(parent, ref, afterWindow, (c) => `code ${c}`);
    await confirmWithCode(
      parent,
      { ...ref, hash: sent.hash, code: await lastCode(person.phone!) },
      afterWindow,
    );
    expect((await db.timesheet.findFirstOrThrow({ where: { id: d.timesheetId } })).status).toBe("CONFIRMED");
    expect(
      await codeOf(requestConfirmationCode(parent, ref, new Date("2026-11-18T05:00:00Z"), (c) => c)),
    ).toBe("confirmation_closed");
  });
});

describe("confirmations and corrections at the same moment", () => {
  // The sheet agrees with itself: an active confirmation signs exactly the current data and the sheet
  // says CONFIRMED; a confirmation superseded by a correction left the sheet CORRECTED.
  async function expectConsistent(ref: {
    childId: string;
    organizationId: string;
    year: number;
    month: number;
  }) {
    const sheet = await db.timesheet.findUniqueOrThrow({
      where: { childId_organizationId_year_month: ref },
      include: { confirmations: true },
    });
    const current = await currentSnapshot(db, ref.childId, ref.organizationId, ref.year, ref.month);
    const active = sheet.confirmations.filter((c) => !c.supersededAt);
    expect(active.length).toBeLessThanOrEqual(1);
    if (active.length) {
      expect(active[0]!.snapshotHash).toBe(current.hash);
      expect(sheet.status).toBe("CONFIRMED");
    } else if (sheet.confirmations.length) expect(sheet.status).toBe("CORRECTED");
    return { sheet, active: active[0] ?? null };
  }

  it("a correction racing a confirmation is serialised: the later one sees the other's effect", async () => {
    const { parent, person, ref, g } = await setup();
    const sent = await requestConfirmationCode(parent, ref, NOV_5, (c) => `code ${c}`);
    const code = await lastCode(person.phone!);
    const day = await db.attendanceMark.findFirstOrThrow({
      where: { childId: ref.childId, date: new Date("2026-10-30") },
    });
    // Another session holds the day's row, so the correction is under way (its month locked) but
    // can't finish; the parent confirms meanwhile; then the row is let go.
    const holder = await holdMarkRow(db, day.id);
    const correction = codeOf(
      markAttendance(
        g.educator,
        {
          groupId: g.group.id,
          childId: ref.childId,
          date: "2026-10-30",
          status: "PRESENT",
          reason: null,
          correctionReason: "Бала келген екен",
        },
        NOV_5,
      ),
    );
    expect(await waitForLockWaiters(db, 1)).toBe(true);
    const confirmation = codeOf(confirmWithCode(parent, { ...ref, hash: sent.hash, code }, NOV_5));
    // The confirmation waits for the month (without the lock it would just go through).
    await waitForLockWaiters(db, 2, confirmation);
    holder.release();
    const [corrected, confirmed] = await Promise.all([correction, confirmation]);
    await holder.done;
    expect(corrected).toBe("ok");
    // The correction came first: the parent signed data that is no longer there, and is told so.
    expect(confirmed).toBe("timesheet_changed");
    const { active } = await expectConsistent(ref);
    expect(active).toBeNull();
  });

  it("confirmations racing corrections, repeated: no server error, and the sheet always agrees with itself", async () => {
    const { parent, person, ref, g } = await setup();
    for (let i = 0; i < 4; i++) {
      const at = new Date(NOV_5.getTime() + i * 15 * 60_000);
      const sent = await requestConfirmationCode(parent, ref, at, (c) => `code ${c}`);
      const code = await lastCode(person.phone!);
      const [confirmed, corrected] = await Promise.all([
        codeOf(confirmWithCode(parent, { ...ref, hash: sent.hash, code }, at)),
        codeOf(
          markAttendance(
            g.educator,
            {
              groupId: g.group.id,
              childId: ref.childId,
              date: "2026-10-29",
              status: i % 2 ? "PRESENT" : "ABSENT",
              reason: i % 2 ? null : "ILLNESS_CERTIFIED",
              correctionReason: "Түзету",
            },
            at,
          ),
        ),
      ]);
      expect(["ok", "timesheet_changed"]).toContain(confirmed);
      expect(corrected).toBe("ok");
      await expectConsistent(ref);
    }
  });

  it("two parents confirming at the same moment both succeed, with one confirmation", async () => {
    const { parent, person, ref } = await setup();
    const other = await makeParent(db, [ref.childId], { bind: true });
    for (let i = 0; i < 3; i++) {
      const at = new Date(NOV_5.getTime() + i * 15 * 60_000);
      await db.timesheetConfirmation.deleteMany();
      await db.timesheet.updateMany({ data: { status: "OPEN" } });
      const a = await requestConfirmationCode(parent, ref, at, (c) => `code ${c}`);
      const b = await requestConfirmationCode(other.actor, ref, at, (c) => `code ${c}`);
      const [codeA, codeB] = [await lastCode(person.phone!), await lastCode(other.person.phone!)];
      const outcomes = await Promise.all([
        codeOf(confirmWithCode(parent, { ...ref, hash: a.hash, code: codeA }, at)),
        codeOf(confirmWithCode(other.actor, { ...ref, hash: b.hash, code: codeB }, at)),
      ]);
      expect(outcomes).toEqual(["ok", "ok"]);
      expect(await db.timesheetConfirmation.count()).toBe(1);
      await expectConsistent(ref);
    }
  });
});
