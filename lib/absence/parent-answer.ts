import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { Refusal } from "@/lib/action/refusal";
import { ownNotice, requireParent } from "./parent-access";
import { answerProblem } from "./parent-rules";
import type { AnswerNoticeInput } from "./parent-schemas";

// The parent answers the kindergarten's "why was the child absent" with a reason and a comment.
// A second answer replaces the first until the kindergarten has applied it; after that (or once the
// kindergarten withdrew the question) it is refused and nothing changes. Audited either way it changes.
export async function answerNotice(actor: Actor, input: AnswerNoticeInput, now: Date) {
  requireParent(actor);
  return prisma.$transaction(async (tx) => {
    const before = await ownNotice(tx, actor, input.noticeId);
    const problem = answerProblem(before);
    if (problem) throw new Refusal(problem.key, problem.field, problem.values);
    const after = await tx.absenceNotice.update({
      where: { id: before.id },
      data: {
        status: "ANSWERED",
        answerReason: input.reason,
        answerComment: input.comment,
        answeredById: actor.personId,
        answeredAt: now,
      },
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: before.status === "ANSWERED" ? "absence_notice.reanswer" : "absence_notice.answer",
      entityType: "AbsenceNotice",
      entityId: before.id,
      organizationId: before.organizationId,
      before,
      after,
    });
    return after;
  });
}
