// Marks from the phone's offline queue through the action builder (the session and Next's cache stand in):
// each idempotency key takes effect once — a resend answers the first outcome and changes nothing, a
// refused key stays refused, concurrent requests with one key make one mark and no server error — and a
// key is one person's.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten } from "./fixtures/kindergarten";
import { makeGroupWithChildren } from "./fixtures/attendance";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", async (original) => ({
  ...(await original<typeof import("next-intl/server")>()),
  getLocale: async () => "en",
}));

const { markAttendanceAction } = await import("@/lib/attendance/actions");
const { setClock } = await import("@/lib/clock/clock");

const db = getPrisma();
// Friday 20 November 2026, 10:00 in Almaty.
const NOW = new Date("2026-11-20T05:00:00Z");
const MADE = "2026-11-20T04:30:00.000Z";

beforeEach(async () => {
  await resetDatabase();
  setClock(NOW);
});
afterAll(disconnectPrisma);

async function setup() {
  const kg = await makeKindergarten(db);
  const { group, educator, children } = await makeGroupWithChildren(db, kg.id);
  session.actor = educator;
  const child = children[0]!;
  const mark = (key: string, over: Record<string, unknown> = {}) =>
    markAttendanceAction({
      groupId: group.id,
      childId: child.id,
      date: "2026-11-19",
      status: "ABSENT",
      reason: "FAMILY",
      key,
      madeAt: MADE,
      ...over,
    });
  return { kg, group, educator, child, mark };
}

const counts = async (childId: string) => ({
  marks: await db.attendanceMark.count({ where: { childId } }),
  revisions: await db.attendanceMarkRevision.count({ where: { mark: { childId } } }),
  audits: await db.auditLog.count({ where: { entityType: "AttendanceMark" } }),
});

describe("a mark with an idempotency key", () => {
  it("takes effect once: the second request answers what the first did and changes nothing", async () => {
    const { child, mark } = await setup();
    const key = crypto.randomUUID();
    const first = await mark(key);
    expect(first).toEqual({ ok: true, status: "ABSENT", reason: "FAMILY", corrected: false });
    const second = await mark(key);
    expect(second).toEqual(first);
    expect(await counts(child.id)).toEqual({ marks: 1, revisions: 1, audits: 1 });
    const receipt = await db.actionReceipt.findUniqueOrThrow({ where: { key } });
    expect(receipt).toMatchObject({ action: "attendance.mark", clientAt: new Date(MADE) });
    expect(receipt.outcome).toEqual(first);
    // The same request with a different body does not act either: the key is what counts.
    expect(await mark(key, { status: "PRESENT", reason: null })).toEqual(first);
    expect((await db.attendanceMark.findFirstOrThrow({ where: { childId: child.id } })).status).toBe(
      "ABSENT",
    );
    // A new key is a new mark (here a correction), applied in order after the first.
    expect(await mark(crypto.randomUUID(), { status: "PRESENT", reason: null })).toMatchObject({
      ok: true,
      status: "PRESENT",
    });
    expect(await counts(child.id)).toEqual({ marks: 1, revisions: 2, audits: 2 });
  });

  it("a refused key stays refused, with its message, even when the mark would now be possible", async () => {
    const { child, mark } = await setup();
    // The child was withdrawn (as of 18 November) while the phone was offline.
    await db.enrolment.updateMany({ where: { childId: child.id }, data: { endsOn: new Date("2026-11-18") } });
    const key = crypto.randomUUID();
    const first = await mark(key);
    expect(first).toMatchObject({ ok: false, message: "errors.attendance_not_enrolled" });
    expect(first.ok === false && first.texts?.["errors.attendance_not_enrolled"]).toBeTruthy();
    const receipt = await db.actionReceipt.findUniqueOrThrow({ where: { key } });
    expect(receipt.outcome).toEqual({ ok: false, message: "errors.attendance_not_enrolled" });
    // The withdrawal is undone: a resend of the refused key is still refused; nothing is written.
    await db.enrolment.updateMany({ where: { childId: child.id }, data: { endsOn: null } });
    expect(await mark(key)).toEqual(first);
    expect(await counts(child.id)).toEqual({ marks: 0, revisions: 0, audits: 0 });
    expect(await mark(crypto.randomUUID())).toMatchObject({ ok: true });
  });

  it("a non-working day and a future day are refused and recorded like any refusal", async () => {
    const { child, mark } = await setup();
    const weekend = crypto.randomUUID();
    const future = crypto.randomUUID();
    expect(await mark(weekend, { date: "2026-11-21" })).toMatchObject({
      ok: false,
      message: "errors.attendance_non_working_day",
    });
    expect(await mark(future, { date: "2026-11-23" })).toMatchObject({
      ok: false,
      message: "errors.attendance_future_day",
    });
    expect(await db.actionReceipt.count({ where: { key: { in: [weekend, future] } } })).toBe(2);
    expect(await counts(child.id)).toEqual({ marks: 0, revisions: 0, audits: 0 });
  });

  it("concurrent requests with one key make one mark, answer alike and never fail", async () => {
    const { child, mark } = await setup();
    const key = crypto.randomUUID();
    const answers = await Promise.all(Array.from({ length: 6 }, () => mark(key)));
    for (const a of answers)
      expect(a).toEqual({ ok: true, status: "ABSENT", reason: "FAMILY", corrected: false });
    expect(await counts(child.id)).toEqual({ marks: 1, revisions: 1, audits: 1 });
    expect(await db.actionReceipt.count()).toBe(1);
  });

  it("concurrent refused requests with one key record one refusal", async () => {
    const { child, mark } = await setup();
    const key = crypto.randomUUID();
    const answers = await Promise.all(Array.from({ length: 4 }, () => mark(key, { date: "2026-11-22" })));
    for (const a of answers)
      expect(a).toMatchObject({ ok: false, message: "errors.attendance_non_working_day" });
    expect(await db.actionReceipt.count({ where: { key } })).toBe(1);
    expect(await counts(child.id)).toEqual({ marks: 0, revisions: 0, audits: 0 });
  });

  it("a key is one person's: another educator's request with it is refused and records nothing", async () => {
    const { kg, child, mark } = await setup();
    const key = crypto.randomUUID();
    await mark(key);
    const other = await makeGroupWithChildren(db, kg.id);
    session.actor = other.educator;
    const answer = await markAttendanceAction({
      groupId: other.group.id,
      childId: other.children[0]!.id,
      date: "2026-11-19",
      status: "PRESENT",
      reason: null,
      key,
    });
    expect(answer).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await db.attendanceMark.count({ where: { childId: other.children[0]!.id } })).toBe(0);
    expect((await db.actionReceipt.findUniqueOrThrow({ where: { key } })).personId).not.toBe(
      other.educator.personId,
    );
    expect(await counts(child.id)).toMatchObject({ marks: 1 });
  });

  it("refuses a key that is not a UUID as bad input", async () => {
    const { mark } = await setup();
    expect(await mark("not-a-uuid")).toMatchObject({ ok: false, message: "errors.invalid_input" });
    expect(await db.actionReceipt.count()).toBe(0);
  });
});
