import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten } from "./fixtures/kindergarten";
import { makeGroupWithChildren } from "./fixtures/attendance";
import { markAttendance } from "@/lib/attendance/mark-attendance";
import { markAllPresent } from "@/lib/attendance/mark-all-present";
import { loadGroupMonth } from "@/lib/attendance/group-month";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
// Friday 20 November 2026, 10:00 in Almaty.
const NOW = new Date("2026-11-20T05:00:00Z");
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

beforeEach(async () => {
  await resetDatabase();
  await db.holiday.create({
    data: {
      date: new Date("2026-10-26"),
      kind: "TRANSFER_DAY_OFF",
      nameKk: "Республика күні",
      nameRu: "День Республики",
      nameEn: "Republic Day",
    },
  });
});
afterAll(disconnectPrisma);

async function setup() {
  const kg = await makeKindergarten(db);
  return { kg, ...(await makeGroupWithChildren(db, kg.id)) };
}

describe("marking attendance", () => {
  it("marks a day, records history and audit, and sends a notice for an unexplained absence", async () => {
    const { group, educator, children } = await setup();
    const child = children[0]!;
    await markAttendance(
      educator,
      { groupId: group.id, childId: child.id, date: "2026-11-19", status: "ABSENT", reason: null },
      NOW,
    );
    const notice = await db.absenceNotice.findFirstOrThrow({ where: { childId: child.id } });
    expect(notice).toMatchObject({ kind: "UNEXPLAINED", status: "SENT" });
    // The reason becomes known: the mark is corrected and the unanswered notice cancelled.
    await markAttendance(
      educator,
      {
        groupId: group.id,
        childId: child.id,
        date: "2026-11-19",
        status: "ABSENT",
        reason: "ILLNESS_CERTIFIED",
      },
      NOW,
    );
    expect((await db.absenceNotice.findUniqueOrThrow({ where: { id: notice.id } })).status).toBe("CANCELLED");
    const mark = await db.attendanceMark.findFirstOrThrow({
      where: { childId: child.id },
      include: { revisions: true },
    });
    expect(mark).toMatchObject({ status: "ABSENT", reason: "ILLNESS_CERTIFIED", version: 2 });
    expect(mark.revisions.map((r) => [r.prevReason, r.newReason])).toEqual([
      [null, "UNKNOWN"],
      ["UNKNOWN", "ILLNESS_CERTIFIED"],
    ]);
    expect((await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action)).toEqual([
      "absence_notice.send",
      "attendance.mark",
      "absence_notice.cancel_by_mark",
      "attendance.correct",
    ]);
  });

  it("refuses future days, weekends, holidays and days before enrolment, changing nothing", async () => {
    const { kg, group, educator } = await setup();
    const late = await makeGroupWithChildren(db, kg.id, { children: 1, startsOn: "2026-11-16" });
    const mark = (childId: string, groupId: string, date: string) =>
      codeOf(markAttendance(educator, { groupId, childId, date, status: "PRESENT", reason: null }, NOW));
    const childId = (await db.enrolment.findFirstOrThrow({ where: { groupId: group.id } })).childId;
    expect(await mark(childId, group.id, "2026-11-23")).toBe("attendance_future_day");
    expect(await mark(childId, group.id, "2026-11-21")).toBe("attendance_non_working_day"); // Saturday
    expect(await mark(childId, group.id, "2026-10-26")).toBe("attendance_non_working_day"); // transferred holiday
    expect(await mark(childId, group.id, "2026-08-31")).toBe("attendance_non_working_day"); // before the school year
    expect(
      await codeOf(
        markAttendance(
          late.educator,
          {
            groupId: late.group.id,
            childId: late.children[0]!.id,
            date: "2026-11-13",
            status: "PRESENT",
            reason: null,
          },
          NOW,
        ),
      ),
    ).toBe("attendance_not_enrolled");
    expect(await db.attendanceMark.count()).toBe(0);
  });

  it("an educator cannot mark a group they are not bound to", async () => {
    const { kg, educator } = await setup();
    const other = await makeGroupWithChildren(db, kg.id, { children: 1 });
    expect(
      await codeOf(
        markAttendance(
          educator,
          {
            groupId: other.group.id,
            childId: other.children[0]!.id,
            date: "2026-11-19",
            status: "PRESENT",
            reason: null,
          },
          NOW,
        ),
      ),
    ).toBe("forbidden");
    expect(await codeOf(loadGroupMonth(educator, other.group.id, 2026, 11, NOW, "kk"))).toBe("forbidden");
  });

  it("everyone present fills only the unmarked children and can be repeated harmlessly", async () => {
    const { group, educator, children } = await setup();
    await markAttendance(
      educator,
      { groupId: group.id, childId: children[1]!.id, date: "2026-11-20", status: "ABSENT", reason: "FAMILY" },
      NOW,
    );
    // The answer names the children it marked (the grid shows them without rendering the page again).
    expect(await markAllPresent(educator, group.id, "2026-11-20", NOW)).toEqual({
      marked: 2,
      skipped: 0,
      children: [children[0]!.id, children[2]!.id].sort(),
    });
    expect(await markAllPresent(educator, group.id, "2026-11-20", NOW)).toEqual({
      marked: 0,
      skipped: 0,
      children: [],
    });
    const marks = await db.attendanceMark.findMany({
      where: { date: new Date("2026-11-20") },
      include: { revisions: true },
    });
    expect(marks.map((m) => m.status).sort()).toEqual(["ABSENT", "PRESENT", "PRESENT"]);
    // Every mark it made has its history row, like a single mark.
    for (const m of marks.filter((x) => x.status === "PRESENT"))
      expect(m.revisions.map((r) => [r.prevStatus, r.newStatus, r.changedById])).toEqual([
        [null, "PRESENT", educator.personId],
      ]);
    expect(await codeOf(markAllPresent(educator, group.id, "2026-11-23", NOW))).toBe("attendance_future_day"); // next Monday
  });

  it("a correction of a confirmed month needs a reason, is flagged and reopens the confirmation", async () => {
    const { kg, group, educator, children } = await setup();
    const child = children[0]!;
    await markAttendance(
      educator,
      { groupId: group.id, childId: child.id, date: "2026-10-05", status: "PRESENT", reason: null },
      NOW,
    );
    const ts = await db.timesheet.create({
      data: { childId: child.id, organizationId: kg.id, year: 2026, month: 10, status: "CONFIRMED" },
    });
    await db.timesheetConfirmation.create({
      data: { timesheetId: ts.id, signerId: child.id, method: "OTP", snapshot: {}, snapshotHash: "h" },
    });
    const correct = (reason?: string) =>
      markAttendance(
        educator,
        {
          groupId: group.id,
          childId: child.id,
          date: "2026-10-05",
          status: "ABSENT",
          reason: "ILLNESS_CERTIFIED",
          correctionReason: reason,
        },
        NOW,
      );
    expect(await codeOf(correct())).toBe("correction_reason_required");
    expect((await db.attendanceMark.findFirstOrThrow()).status).toBe("PRESENT");
    await correct("Медициналық анықтама кейін әкелінді");
    expect(await db.attendanceMark.findFirstOrThrow()).toMatchObject({
      status: "ABSENT",
      correctedAfterConfirmation: true,
    });
    expect((await db.timesheet.findUniqueOrThrow({ where: { id: ts.id } })).status).toBe("CORRECTED");
    expect((await db.timesheetConfirmation.findFirstOrThrow()).supersededAt).not.toBeNull();
    const grid = await loadGroupMonth(educator, group.id, 2026, 10, NOW, "ru");
    const row = grid.rows.find((r) => r.childId === child.id)!;
    expect(row.timesheet).toBe("CORRECTED");
    expect(row.cells[4]).toMatchObject({ status: "ABSENT", corrected: true });
  });

  it("everyone present leaves the days of a month the parent confirmed alone (they need a reason, one by one)", async () => {
    const { kg, group, educator, children } = await setup();
    const [confirmed, open] = [children[0]!, children[1]!];
    await markAttendance(
      educator,
      { groupId: group.id, childId: confirmed.id, date: "2026-10-05", status: "PRESENT", reason: null },
      NOW,
    );
    const ts = await db.timesheet.create({
      data: { childId: confirmed.id, organizationId: kg.id, year: 2026, month: 10, status: "CONFIRMED" },
    });
    await db.timesheetConfirmation.create({
      data: { timesheetId: ts.id, signerId: confirmed.id, method: "OTP", snapshot: {}, snapshotHash: "h" },
    });
    // 6 October: nobody is marked; the confirmed child's month must not change without a reason.
    expect(await markAllPresent(educator, group.id, "2026-10-06", NOW)).toMatchObject({
      marked: 2,
      skipped: 1,
    });
    const marked = await db.attendanceMark.findMany({ where: { date: new Date("2026-10-06") } });
    expect(marked.map((m) => m.childId).sort()).toEqual([open.id, children[2]!.id].sort());
    expect(await db.timesheet.findUniqueOrThrow({ where: { id: ts.id } })).toMatchObject({
      status: "CONFIRMED",
      graceUntil: null,
    });
    expect((await db.timesheetConfirmation.findFirstOrThrow()).supersededAt).toBeNull();
    const auditRow = await db.auditLog.findFirstOrThrow({ where: { action: "attendance.mark_all_present" } });
    expect(auditRow.after).toMatchObject({
      children: marked.map((m) => m.childId).sort(),
      skipped: [confirmed.id],
    });
    // The educator corrects that child's day on its own, with a reason: the ordinary correction.
    await markAttendance(
      educator,
      {
        groupId: group.id,
        childId: confirmed.id,
        date: "2026-10-06",
        status: "PRESENT",
        reason: null,
        correctionReason: "Белгі ұмытылған",
      },
      NOW,
    );
    expect((await db.timesheet.findUniqueOrThrow({ where: { id: ts.id } })).status).toBe("CORRECTED");
  });

  it("simultaneous marks of the same child-day never fail with a server error and leave one consistent mark", async () => {
    const { group, educator, children } = await setup();
    const child = children[0]!;
    const days = ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-09"];
    for (const date of days) {
      const mark = (status: "PRESENT" | "ABSENT") =>
        codeOf(
          markAttendance(
            educator,
            {
              groupId: group.id,
              childId: child.id,
              date,
              status,
              reason: status === "ABSENT" ? "FAMILY" : null,
            },
            NOW,
          ),
        );
      // Two first marks of the day, and "everyone present" for the same day, all at once.
      const outcomes = await Promise.all([
        mark("PRESENT"),
        mark("ABSENT"),
        codeOf(markAllPresent(educator, group.id, date, NOW)),
      ]);
      expect(outcomes).toEqual(["ok", "ok", "ok"]);
      const rows = await db.attendanceMark.findMany({
        where: { childId: child.id, date: new Date(date) },
        include: { revisions: { orderBy: { id: "asc" } } },
      });
      expect(rows).toHaveLength(1);
      const mark0 = rows[0]!;
      // The history ends in the stored state and starts from nothing.
      expect(mark0.revisions[0]!.prevStatus).toBeNull();
      expect(mark0.revisions.at(-1)!.newStatus).toBe(mark0.status);
      expect(mark0.version).toBe(mark0.revisions.length);
      expect(await db.attendanceMark.count({ where: { date: new Date(date) } })).toBe(3);
    }
  });

  it("a planned absence announced by the parent gives the mark its reason and shows ahead in the grid", async () => {
    const { kg, group, educator, children } = await setup();
    const child = children[2]!;
    await db.absenceNotice.create({
      data: {
        kind: "PLANNED",
        childId: child.id,
        organizationId: kg.id,
        groupId: group.id,
        dateFrom: new Date("2026-11-19"),
        dateTo: new Date("2026-11-27"),
        reason: "VACATION",
        createdById: child.id,
      },
    });
    await markAttendance(
      educator,
      { groupId: group.id, childId: child.id, date: "2026-11-19", status: "ABSENT", reason: null },
      NOW,
    );
    expect((await db.attendanceMark.findFirstOrThrow()).reason).toBe("VACATION");
    expect(await db.absenceNotice.count({ where: { kind: "UNEXPLAINED" } })).toBe(0);
    const grid = await loadGroupMonth(educator, group.id, 2026, 11, NOW, "kk");
    const row = grid.rows.find((r) => r.childId === child.id)!;
    expect(row.cells[24]).toMatchObject({ planned: "VACATION", block: "future" }); // 25 November
  });
});
