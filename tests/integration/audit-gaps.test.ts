// Issue 15 §5: the changes that had no audit record — the person and account made at a first sign-in,
// a timesheet row made when the parent first opens the month, absence notices sent and cancelled by a
// mark, a confirmed month reopened by a correction — each leaves one; and a record made while serving a
// request carries the client's address (read by the sign-in throttle's rule).
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten } from "./fixtures/kindergarten";
import { makeGroupWithChildren } from "./fixtures/attendance";
import { makeParent } from "./fixtures/parent";

const request = vi.hoisted(() => ({ actor: null as Actor | null, forwardedFor: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/clock/request-now", () => ({ requestNow: async () => new Date("2026-11-20T05:00:00Z") }));
vi.mock("next/headers", () => ({
  headers: async () => {
    if (request.forwardedFor === null) throw new Error("`headers` was called outside a request scope");
    return new Headers({ "x-forwarded-for": request.forwardedFor });
  },
  cookies: async () => new Map(),
}));

const { sendSignInCode } = await import("@/lib/auth/otp/sign-in-code");
const { authenticateByCode } = await import("@/lib/auth/authenticate");
const { markAttendance } = await import("@/lib/attendance/mark-attendance");
const { markAllPresent } = await import("@/lib/attendance/mark-all-present");
const { markAttendanceAction } = await import("@/lib/attendance/actions");
const { confirmWithCode, requestConfirmationCode } = await import("@/lib/timesheet/confirm");

const db = getPrisma();
const NOW = new Date("2026-11-20T05:00:00Z");
const NOV_5 = new Date("2026-11-05T05:00:00Z");
beforeEach(async () => {
  await resetDatabase();
  request.actor = null;
  request.forwardedFor = null;
});
afterAll(disconnectPrisma);

const records = async () =>
  (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => ({
    action: a.action,
    entityType: a.entityType,
    entityId: a.entityId,
    ip: a.ip,
  }));
async function lastCode(phone: string) {
  const m = await db.outboxMessage.findFirstOrThrow({
    where: { destination: phone },
    orderBy: { createdAt: "desc" },
  });
  return /(\d{6})/.exec(m.body)![1]!;
}

describe("a first sign-in", () => {
  it("records the person and the account it creates, with the address; a second sign-in records nothing", async () => {
    const phone = "+77010000001";
    const iin = "950815350123";
    await db.mobileCitizen.create({ data: { phone, iin } });
    const client = { ip: "198.51.100.4", userAgent: "vitest" };
    await sendSignInCode({ phone, iin, ip: client.ip, now: NOW, text: (c) => `code ${c}` });
    const user = await authenticateByCode({ phone, iin, code: await lastCode(phone) }, client, NOW);
    const person = await db.person.findUniqueOrThrow({ where: { iin } });
    expect(await records()).toEqual([
      { action: "person.first_sign_in", entityType: "Person", entityId: person.id, ip: "198.51.100.4" },
      { action: "user.first_sign_in", entityType: "User", entityId: user.id, ip: "198.51.100.4" },
    ]);
    const later = new Date(NOW.getTime() + 120_000);
    await sendSignInCode({ phone, iin, ip: client.ip, now: later, text: (c) => `code ${c}` });
    await authenticateByCode({ phone, iin, code: await lastCode(phone) }, client, later);
    expect(await db.auditLog.count()).toBe(2);
  });
});

describe("marks and timesheets", () => {
  async function setup() {
    const kg = await makeKindergarten(db);
    const g = await makeGroupWithChildren(db, kg.id, { children: 2 });
    return { kg, g };
  }

  it("a notice sent by an unexplained absence and cancelled by a later mark are each recorded", async () => {
    const { g } = await setup();
    const child = g.children[0]!;
    const mark = (status: "ABSENT" | "PRESENT", reason: "UNKNOWN" | null) =>
      markAttendance(
        g.educator,
        { groupId: g.group.id, childId: child.id, date: "2026-11-19", status, reason },
        NOW,
      );
    await mark("ABSENT", "UNKNOWN");
    const notice = await db.absenceNotice.findFirstOrThrow({ where: { childId: child.id } });
    await mark("PRESENT", null);
    const log = await db.auditLog.findMany({
      where: { entityType: "AbsenceNotice" },
      orderBy: { id: "asc" },
    });
    expect(log.map((a) => [a.action, a.entityId, a.actorPersonId, a.organizationId])).toEqual([
      ["absence_notice.send", notice.id, g.educator.personId, g.group.organizationId],
      ["absence_notice.cancel_by_mark", notice.id, g.educator.personId, g.group.organizationId],
    ]);
    expect(log[1]!.after).toMatchObject({ status: "CANCELLED", childId: child.id, mark: "PRESENT" });
  });

  it("everyone present records each notice it cancels", async () => {
    const { g } = await setup();
    for (const c of g.children)
      await markAttendance(
        g.educator,
        { groupId: g.group.id, childId: c.id, date: "2026-11-20", status: "ABSENT", reason: "UNKNOWN" },
        NOW,
      );
    // The day's marks go (as if never made) while the notices stay unanswered: everyone present cancels them.
    await db.attendanceMarkRevision.deleteMany();
    await db.attendanceMark.deleteMany();
    expect(await markAllPresent(g.educator, g.group.id, "2026-11-20", NOW)).toMatchObject({ marked: 2 });
    const cancelled = await db.auditLog.findMany({ where: { action: "absence_notice.cancel_by_mark" } });
    const notices = await db.absenceNotice.findMany({ where: { status: "CANCELLED" } });
    expect(notices).toHaveLength(2);
    expect(cancelled.map((a) => a.entityId).sort()).toEqual(notices.map((n) => n.id).sort());
  });

  it("the parent's first opening of a month records the row; a correction of the confirmed month records its reopening", async () => {
    const { kg, g } = await setup();
    const child = g.children[0]!;
    const OCT_30 = new Date("2026-10-30T05:00:00Z");
    await markAttendance(
      g.educator,
      { groupId: g.group.id, childId: child.id, date: "2026-10-29", status: "PRESENT", reason: null },
      OCT_30,
    );
    const { actor: parent, person } = await makeParent(db, [child.id], { bind: true });
    const ref = { childId: child.id, organizationId: kg.id, year: 2026, month: 10 };
    const sent = await requestConfirmationCode(parent, ref, NOV_5, (c) => `code ${c}`);
    // Confirming opens the same row again: no second record.
    await confirmWithCode(parent, { ...ref, hash: sent.hash, code: await lastCode(person.phone!) }, NOV_5);
    const opened = await db.auditLog.findMany({ where: { action: "timesheet.open" } });
    expect(opened.map((a) => [a.entityId, a.actorPersonId, a.organizationId])).toEqual([
      [sent.timesheetId, person.id, kg.id],
    ]);
    const later = new Date("2026-11-12T05:00:00Z");
    const correct = (status: "PRESENT" | "ABSENT") =>
      markAttendance(
        g.educator,
        {
          groupId: g.group.id,
          childId: child.id,
          date: "2026-10-29",
          status,
          reason: status === "ABSENT" ? "FAMILY" : null,
          correctionReason: "ошибка",
        },
        later,
      );
    await correct("ABSENT");
    await correct("PRESENT"); // reopened already: nothing more to record
    const reopened = await db.auditLog.findMany({ where: { action: "timesheet.reopen" } });
    expect(reopened).toHaveLength(1);
    expect(reopened[0]).toMatchObject({
      entityType: "Timesheet",
      entityId: sent.timesheetId,
      actorPersonId: g.educator.personId,
      organizationId: kg.id,
      before: { status: "CONFIRMED" },
      after: { status: "CORRECTED" },
    });
    expect(
      (reopened[0]!.after as { supersededConfirmations: string[] }).supersededConfirmations,
    ).toHaveLength(1);
  });
});

describe("the client's address", () => {
  it("an action's records carry the request's address (X-Forwarded-For by the throttle's rule); outside a request none", async () => {
    const { g } = await (async () => {
      const kg = await makeKindergarten(db);
      return { g: await makeGroupWithChildren(db, kg.id, { children: 2 }) };
    })();
    request.actor = g.educator;
    request.forwardedFor = "10.0.0.1, 203.0.113.7";
    const r = await markAttendanceAction({
      groupId: g.group.id,
      childId: g.children[0]!.id,
      date: "2026-11-19",
      status: "ABSENT",
      reason: "UNKNOWN",
    });
    expect(r.ok).toBe(true);
    // With no trusted proxy the rightmost entry is the connection's address (lib/auth/client-ip.ts).
    expect((await records()).map((a) => [a.action, a.ip])).toEqual([
      ["absence_notice.send", "203.0.113.7"],
      ["attendance.mark", "203.0.113.7"],
    ]);
    request.forwardedFor = "not-an-address";
    await markAttendanceAction({
      groupId: g.group.id,
      childId: g.children[1]!.id,
      date: "2026-11-19",
      status: "PRESENT",
      reason: null,
    });
    request.forwardedFor = null; // a job or a script: no request
    await markAttendance(
      g.educator,
      {
        groupId: g.group.id,
        childId: g.children[1]!.id,
        date: "2026-11-18",
        status: "PRESENT",
        reason: null,
      },
      NOW,
    );
    expect((await records()).slice(2).map((a) => a.ip)).toEqual([null, null]);
  });
});
