import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten } from "./fixtures/kindergarten";
import { makeGroupWithChildren } from "./fixtures/attendance";
import { makeParent } from "./fixtures/absence-parent";
import { markAttendance } from "@/lib/attendance/mark-attendance";
import { planAbsence } from "@/lib/absence/parent-plan";
import { cancelPlannedAbsence } from "@/lib/absence/parent-cancel";
import { parentNoticeBoard } from "@/lib/absence/parent-notices";
import { planAbsenceSchema, type PlanAbsenceInput } from "@/lib/absence/parent-schemas";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
// Friday 20 November 2026, 10:00 in Almaty.
const NOW = new Date("2026-11-20T05:00:00Z");
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

async function setup() {
  const kg = await makeKindergarten(db);
  const { group, educator, children } = await makeGroupWithChildren(db, kg.id, { children: 2 });
  const child = children[0]!;
  return { kg, group, educator, child, other: children[1]!, parent: await makeParent(db, [child.id]) };
}

const plan = (
  childId: string,
  dateFrom: string,
  dateTo: string,
  extra: Partial<PlanAbsenceInput> = {},
): PlanAbsenceInput => ({ childId, dateFrom, dateTo, reason: "VACATION", comment: null, ...extra });

// Asserts the call is refused with the key and that no notice and no audit record was written.
async function expectRefused(call: () => Promise<unknown>, key: string) {
  const [notices, audits] = [await db.absenceNotice.count(), await db.auditLog.count()];
  await expect(call()).rejects.toMatchObject({ name: "Refusal", key });
  expect([await db.absenceNotice.count(), await db.auditLog.count()]).toEqual([notices, audits]);
}

describe("the parent announces a planned absence", () => {
  it("records it in the child's group with an audit record, and the educator's mark takes its reason", async () => {
    const { group, educator, child, parent } = await setup();
    const notice = await planAbsence(
      parent,
      planAbsenceSchema.parse({
        childId: child.id,
        dateFrom: "2026-11-23",
        dateTo: "2026-11-24",
        reason: "FAMILY",
        comment: "той",
      }),
      NOW,
    );
    expect(notice).toMatchObject({
      kind: "PLANNED",
      status: "SENT",
      groupId: group.id,
      organizationId: group.organizationId,
      reason: "FAMILY",
      comment: "той",
      createdById: parent.personId,
    });
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: notice.id } })).toMatchObject({
      action: "absence_notice.plan",
      actorPersonId: parent.personId,
    });
    expect((await parentNoticeBoard(parent, NOW)).children[0]!.planned.map((n) => n.id)).toEqual([notice.id]);

    await markAttendance(
      educator,
      { groupId: group.id, childId: child.id, date: "2026-11-23", status: "ABSENT", reason: null },
      new Date("2026-11-23T05:00:00Z"),
    );
    expect((await db.attendanceMark.findFirstOrThrow({ where: { childId: child.id } })).reason).toBe(
      "FAMILY",
    );
    expect(await db.absenceNotice.count({ where: { kind: "UNEXPLAINED" } })).toBe(0);
  });

  it("refuses overlapping, past and too distant periods, writing nothing", async () => {
    const { child, parent } = await setup();
    await planAbsence(parent, plan(child.id, "2026-11-23", "2026-11-27"), NOW);
    await expectRefused(
      () => planAbsence(parent, plan(child.id, "2026-11-27", "2026-11-30"), NOW),
      "validation.absence.overlap",
    );
    await expectRefused(
      () => planAbsence(parent, plan(child.id, "2026-11-19", "2026-11-20"), NOW),
      "validation.absence.past",
    );
    await expectRefused(
      () => planAbsence(parent, plan(child.id, "2027-02-18", "2027-02-19"), NOW),
      "validation.absence.tooFar",
    );
    await expectRefused(
      () => planAbsence(parent, plan(child.id, "2027-02-10", "2027-02-19"), NOW),
      "validation.absence.tooFar",
    );
    // Today + 90 days is the last day that may be announced; today itself is allowed.
    await planAbsence(parent, plan(child.id, "2027-02-10", "2027-02-18"), NOW);
    await planAbsence(parent, plan(child.id, "2026-11-20", "2026-11-20"), NOW);
    expect(await db.absenceNotice.count()).toBe(3);
  });

  it("counts today in the kindergarten's time zone, not UTC", async () => {
    const { child, parent } = await setup();
    // 19:30 on the 20th in UTC is already 00:30 on the 21st in Almaty: the 20th is in the past there.
    const lateEvening = new Date("2026-11-20T19:30:00Z");
    await expectRefused(
      () => planAbsence(parent, plan(child.id, "2026-11-20", "2026-11-21"), lateEvening),
      "validation.absence.past",
    );
    await planAbsence(parent, plan(child.id, "2026-11-21", "2026-11-21"), lateEvening);
  });

  it("refuses a child not enrolled now, not enrolled on the first day, or leaving before the last day", async () => {
    const { group, child, other, parent } = await setup();
    const enrolment = await db.enrolment.findFirstOrThrow({ where: { childId: child.id } });
    await db.enrolment.update({
      where: { id: enrolment.id },
      data: { endsOn: new Date("2026-11-25"), endKind: "WITHDRAWN" },
    });
    await expectRefused(
      () => planAbsence(parent, plan(child.id, "2026-11-26", "2026-11-27"), NOW),
      "validation.absence.notEnrolledOn",
    );
    await expectRefused(
      () => planAbsence(parent, plan(child.id, "2026-11-24", "2026-11-27"), NOW),
      "validation.absence.leavesBefore",
    );
    await planAbsence(parent, plan(child.id, "2026-11-24", "2026-11-25"), NOW);

    const otherEnrolment = await db.enrolment.findFirstOrThrow({ where: { childId: other.id } });
    await db.enrolment.update({
      where: { id: otherEnrolment.id },
      data: { endsOn: new Date("2026-11-10"), endKind: "WITHDRAWN" },
    });
    await db.enrolment.create({
      data: {
        childId: other.id,
        organizationId: group.organizationId,
        groupId: group.id,
        orderNumber: "№ 2",
        orderDate: new Date("2026-11-20"),
        startsOn: new Date("2026-12-01"),
      },
    });
    const otherParent = await makeParent(db, [other.id]);
    await expectRefused(
      () => planAbsence(otherParent, plan(other.id, "2026-12-01", "2026-12-02"), NOW),
      "validation.absence.notEnrolledNow",
    );
  });

  it("refuses another family's child as not found and a staff member as forbidden", async () => {
    const { child, other, parent, educator } = await setup();
    await expect(planAbsence(parent, plan(other.id, "2026-11-23", "2026-11-24"), NOW)).rejects.toEqual(
      new AppError("not_found"),
    );
    await expect(planAbsence(educator, plan(child.id, "2026-11-23", "2026-11-24"), NOW)).rejects.toEqual(
      new AppError("forbidden"),
    );
    expect(await db.absenceNotice.count()).toBe(0);
  });

  it("checks the form: dates, their order, the parent's reasons", () => {
    const ok = { childId: "c1", dateFrom: "2026-11-23", dateTo: "2026-11-24", reason: "VACATION" };
    expect(planAbsenceSchema.safeParse(ok).success).toBe(true);
    expect(planAbsenceSchema.safeParse({ ...ok, dateTo: "2026-11-22" }).error?.issues[0]).toMatchObject({
      message: "validation.absence.order",
      path: ["dateTo"],
    });
    expect(planAbsenceSchema.safeParse({ ...ok, dateFrom: "2026-02-30" }).error?.issues[0]?.message).toBe(
      "validation.date",
    );
    expect(planAbsenceSchema.safeParse({ ...ok, reason: "UNKNOWN" }).error?.issues[0]?.message).toBe(
      "validation.absence.reason",
    );
    expect(planAbsenceSchema.safeParse({ ...ok, childId: "" }).error?.issues[0]?.message).toBe(
      "validation.absence.child",
    );
  });
});

describe("the parent cancels a planned absence", () => {
  it("cancels one that hasn't started (audited) and frees its dates; refuses one that started", async () => {
    const { child, parent } = await setup();
    const ahead = await planAbsence(parent, plan(child.id, "2026-11-23", "2026-11-24"), NOW);
    const started = await planAbsence(parent, plan(child.id, "2026-11-20", "2026-11-20"), NOW);
    await cancelPlannedAbsence(parent, ahead.id, NOW);
    expect((await db.absenceNotice.findUniqueOrThrow({ where: { id: ahead.id } })).status).toBe("CANCELLED");
    expect(
      await db.auditLog.findFirstOrThrow({ where: { entityId: ahead.id, action: "absence_notice.cancel" } }),
    ).toMatchObject({ actorPersonId: parent.personId });
    await expectRefused(
      () => cancelPlannedAbsence(parent, ahead.id, NOW),
      "validation.absence.alreadyCancelled",
    );
    await expectRefused(() => cancelPlannedAbsence(parent, started.id, NOW), "validation.absence.started");
    await planAbsence(parent, plan(child.id, "2026-11-23", "2026-11-24"), NOW);
    const board = (await parentNoticeBoard(parent, NOW)).children[0]!;
    expect(board.history.map((n) => n.id)).toEqual([ahead.id]);
    expect(board.planned).toHaveLength(2);
  });

  it("refuses another family's notice and a kindergarten question as not found", async () => {
    const { group, educator, child, other, parent } = await setup();
    const mine = await planAbsence(parent, plan(child.id, "2026-11-23", "2026-11-24"), NOW);
    const otherParent = await makeParent(db, [other.id]);
    await expect(cancelPlannedAbsence(otherParent, mine.id, NOW)).rejects.toEqual(new AppError("not_found"));
    await markAttendance(
      educator,
      { groupId: group.id, childId: child.id, date: "2026-11-19", status: "ABSENT", reason: null },
      NOW,
    );
    const question = await db.absenceNotice.findFirstOrThrow({ where: { kind: "UNEXPLAINED" } });
    await expect(cancelPlannedAbsence(parent, question.id, NOW)).rejects.toEqual(new AppError("not_found"));
    expect(await db.absenceNotice.count({ where: { status: "CANCELLED" } })).toBe(0);
  });
});
