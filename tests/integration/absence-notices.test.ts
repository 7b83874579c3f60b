import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten } from "./fixtures/kindergarten";
import { makeGroupWithChildren } from "./fixtures/attendance";
import { markAttendance } from "@/lib/attendance/mark-attendance";
import { applyNoticeAnswer } from "@/lib/absence/apply-answer";
import { staffNotices } from "@/lib/absence/staff-notices";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
const NOW = new Date("2026-11-20T05:00:00Z");
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

describe("absence notices on the kindergarten side", () => {
  it("the parent's answer is applied to the unknown-reason marks once, and only by the group's staff", async () => {
    const kg = await makeKindergarten(db);
    const { group, educator, children } = await makeGroupWithChildren(db, kg.id);
    const other = await makeGroupWithChildren(db, kg.id, { children: 1 });
    const child = children[0]!;
    await markAttendance(
      educator,
      { groupId: group.id, childId: child.id, date: "2026-11-19", status: "ABSENT", reason: null },
      NOW,
    );
    const notice = await db.absenceNotice.findFirstOrThrow();
    // Not answered yet: nothing to apply.
    await expect(applyNoticeAnswer(educator, notice.id, NOW)).rejects.toEqual(new AppError("invalid_input"));
    await db.absenceNotice.update({
      where: { id: notice.id },
      data: { status: "ANSWERED", answerReason: "ILLNESS_UNCERTIFIED", answeredAt: NOW },
    });
    await expect(applyNoticeAnswer(other.educator, notice.id, NOW)).rejects.toEqual(
      new AppError("forbidden"),
    );
    expect((await staffNotices(other.educator, new Date("2026-11-20"))).map((n) => n.id)).toEqual([]);
    expect((await staffNotices(educator, new Date("2026-11-20")))[0]?.id).toBe(notice.id);

    expect(await applyNoticeAnswer(educator, notice.id, NOW)).toBe(1);
    expect((await db.attendanceMark.findFirstOrThrow({ where: { childId: child.id } })).reason).toBe(
      "ILLNESS_UNCERTIFIED",
    );
    expect((await db.absenceNotice.findUniqueOrThrow({ where: { id: notice.id } })).status).toBe("APPLIED");
    await expect(applyNoticeAnswer(educator, notice.id, NOW)).rejects.toEqual(new AppError("invalid_input"));
  });
});
