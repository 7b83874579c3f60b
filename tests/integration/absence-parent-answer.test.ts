import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten } from "./fixtures/kindergarten";
import { makeGroupWithChildren } from "./fixtures/attendance";
import { makeParent } from "./fixtures/absence-parent";
import { markAttendance } from "@/lib/attendance/mark-attendance";
import { applyNoticeAnswer } from "@/lib/absence/apply-answer";
import { answerNotice } from "@/lib/absence/parent-answer";
import { parentNoticeBoard, pendingNoticeCount } from "@/lib/absence/parent-notices";
import { answerNoticeSchema } from "@/lib/absence/parent-schemas";
import { AppError } from "@/lib/errors/app-error";
import { Refusal } from "@/lib/action/refusal";

const db = getPrisma();
const NOW = new Date("2026-11-20T05:00:00Z");
const LATER = new Date("2026-11-20T09:00:00Z");
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

// A group with two children, the first marked absent without a reason on 19.11 (the notice), and each child's parent.
async function setup() {
  const kg = await makeKindergarten(db);
  const { group, educator, children } = await makeGroupWithChildren(db, kg.id, { children: 2 });
  const [child, otherChild] = [children[0]!, children[1]!];
  await markAttendance(
    educator,
    { groupId: group.id, childId: child.id, date: "2026-11-19", status: "ABSENT", reason: null },
    NOW,
  );
  const notice = await db.absenceNotice.findFirstOrThrow({ where: { childId: child.id } });
  return {
    group,
    educator,
    child,
    notice,
    parent: await makeParent(db, [child.id]),
    stranger: await makeParent(db, [otherChild.id]),
  };
}

describe("the parent answers an absence notice", () => {
  it("answers, then replaces the answer while it isn't applied; each change audited; the badge counts only unanswered", async () => {
    const { notice, parent } = await setup();
    expect(await pendingNoticeCount(parent.personId)).toBe(1);
    const board = await parentNoticeBoard(parent, NOW);
    expect(board.children[0]!.awaiting.map((n) => n.id)).toEqual([notice.id]);

    await answerNotice(
      parent,
      answerNoticeSchema.parse({
        noticeId: notice.id,
        reason: "ILLNESS_UNCERTIFIED",
        comment: " температура ",
      }),
      NOW,
    );
    await answerNotice(
      parent,
      answerNoticeSchema.parse({ noticeId: notice.id, reason: "ILLNESS_CERTIFIED", comment: "" }),
      LATER,
    );
    const stored = await db.absenceNotice.findUniqueOrThrow({ where: { id: notice.id } });
    expect(stored).toMatchObject({
      status: "ANSWERED",
      answerReason: "ILLNESS_CERTIFIED",
      answerComment: null,
      answeredById: parent.personId,
      answeredAt: LATER,
    });
    expect(await pendingNoticeCount(parent.personId)).toBe(0);

    const audits = await db.auditLog.findMany({ where: { entityId: notice.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual([
      "absence_notice.send", // the mark that sent it
      "absence_notice.answer",
      "absence_notice.reanswer",
    ]);
    expect(audits[2]).toMatchObject({
      actorPersonId: parent.personId,
      before: expect.objectContaining({ answerReason: "ILLNESS_UNCERTIFIED", answerComment: "температура" }),
      after: expect.objectContaining({ answerReason: "ILLNESS_CERTIFIED" }),
    });
  });

  it("refuses another family's notice as not found and staff as forbidden, changing nothing", async () => {
    const { notice, stranger, educator } = await setup();
    const input = { noticeId: notice.id, reason: "FAMILY" as const, comment: null };
    await expect(answerNotice(stranger, input, NOW)).rejects.toEqual(new AppError("not_found"));
    await expect(answerNotice(educator, input, NOW)).rejects.toEqual(new AppError("forbidden"));
    await expect(answerNotice(stranger, { ...input, noticeId: "no-such-notice" }, NOW)).rejects.toEqual(
      new AppError("not_found"),
    );
    expect(await db.absenceNotice.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({
      status: "SENT",
      answerReason: null,
    });
    // Only the mark's record of sending it.
    expect(await db.auditLog.count({ where: { entityId: notice.id } })).toBe(1);
    expect((await parentNoticeBoard(stranger, NOW)).children[0]!.awaiting).toEqual([]);
  });

  it("refuses a new answer once the kindergarten applied it, or after it withdrew the question", async () => {
    const { notice, parent, educator, group, child } = await setup();
    await answerNotice(parent, { noticeId: notice.id, reason: "VACATION", comment: null }, NOW);
    await applyNoticeAnswer(educator, notice.id, NOW);
    const applied = await db.absenceNotice.findUniqueOrThrow({ where: { id: notice.id } });
    const err = await answerNotice(
      parent,
      { noticeId: notice.id, reason: "FAMILY", comment: null },
      LATER,
    ).catch((e) => e);
    expect(err).toBeInstanceOf(Refusal);
    expect(err.key).toBe("validation.absence.alreadyApplied");
    expect(await db.absenceNotice.findUniqueOrThrow({ where: { id: notice.id } })).toEqual(applied);

    // The child turns out present on the 18th's notice: the kindergarten withdraws it before any answer.
    await markAttendance(
      educator,
      { groupId: group.id, childId: child.id, date: "2026-11-18", status: "ABSENT", reason: null },
      NOW,
    );
    await markAttendance(
      educator,
      { groupId: group.id, childId: child.id, date: "2026-11-18", status: "PRESENT", reason: null },
      NOW,
    );
    const withdrawn = await db.absenceNotice.findFirstOrThrow({
      where: { childId: child.id, status: "CANCELLED" },
    });
    await expect(
      answerNotice(parent, { noticeId: withdrawn.id, reason: "FAMILY", comment: null }, NOW),
    ).rejects.toMatchObject({ key: "validation.absence.withdrawn" });
    expect((await parentNoticeBoard(parent, NOW)).children[0]!.history.map((n) => n.id)).toEqual([notice.id]);
  });

  it("accepts only the parent's reasons, and a comment for “other reason”", () => {
    const base = { noticeId: "n1", comment: "" };
    for (const reason of ["UNKNOWN", "UNEXCUSED", "", "SICK"])
      expect(answerNoticeSchema.safeParse({ ...base, reason }).success).toBe(false);
    expect(answerNoticeSchema.safeParse({ ...base, reason: "OTHER" }).error?.issues[0]?.message).toBe(
      "validation.absence.commentForOther",
    );
    expect(answerNoticeSchema.safeParse({ ...base, reason: "OTHER", comment: "қонақта" }).success).toBe(true);
    expect(
      answerNoticeSchema.safeParse({ ...base, reason: "FAMILY", comment: "x".repeat(501) }).success,
    ).toBe(false);
  });
});
