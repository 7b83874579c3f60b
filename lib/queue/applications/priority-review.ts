import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { Refusal } from "@/lib/action/refusal";
import type { AuthorityAdminContext as AuthorityContext } from "@/lib/auth/audiences";
import { kindergartensUnder } from "@/lib/queue/blocking/authority";
import type { ReviewDecisionInput } from "./schemas";
import { addHistory, lockApplication } from "./history";
import { loadQueueCalendar } from "@/lib/queue/places/queue-calendar";
import { priorityStanding } from "./priority";

// Applications waiting for the authority to check their priority document: in the authority's
// subtree (a choice of theirs is one of its kindergartens), active, a category claimed, not confirmed.
export async function pendingPriorityReviews(ctx: AuthorityContext) {
  const orgIds = await kindergartensUnder(ctx.organizationId);
  return prisma.queueApplication.findMany({
    where: {
      status: { in: ["WAITING", "REFERRED"] },
      priority: { not: "NONE" },
      priorityConfirmedAt: null,
      choices: { some: { organizationId: { in: orgIds } } },
    },
    include: {
      child: { select: { lastName: true, firstName: true, middleName: true } },
      territory: true,
      priorityDocument: { select: { id: true, fileName: true, size: true } },
    },
    orderBy: { submittedAt: "asc" },
    take: 200,
  });
}

// The authority confirms a claimed priority (priorityConfirmedAt) or rejects it with a reason (the child
// returns to the general queue: priority NONE, the claim kept in the history). Only applications in
// the authority's subtree (else not found), still active and still unconfirmed (else refused).
export async function reviewPriority(ctx: AuthorityContext, input: ReviewDecisionInput, now: Date) {
  const orgIds = await kindergartensUnder(ctx.organizationId);
  return prisma.$transaction(async (tx) => {
    const found = await tx.queueApplication.findFirst({
      where: { id: input.applicationId, choices: { some: { organizationId: { in: orgIds } } } },
      select: { id: true },
    });
    if (!found || !(await lockApplication(tx, found.id))) throw new AppError("not_found");
    const before = await tx.queueApplication.findUniqueOrThrow({ where: { id: found.id } });
    if (
      before.priority === "NONE" ||
      before.priorityConfirmedAt ||
      !["WAITING", "REFERRED"].includes(before.status)
    )
      throw new Refusal("validation.queue.reviewClosed");
    const confirm = input.decision === "confirm";
    if (confirm && priorityStanding(before, now, await loadQueueCalendar(tx)) === "lapsed")
      throw new Refusal("validation.queue.reviewLapsed");
    const after = await tx.queueApplication.update({
      where: { id: before.id },
      data: confirm ? { priorityConfirmedAt: now } : { priority: "NONE" },
    });
    await addHistory(
      tx,
      before.id,
      confirm ? "priority_confirmed" : "priority_rejected",
      confirm ? { priority: before.priority } : { priority: before.priority, reason: input.reason },
      now,
    );
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: confirm ? "queue.priority_confirm" : "queue.priority_reject",
      entityType: "QueueApplication",
      entityId: before.id,
      organizationId: ctx.organizationId,
      before,
      after,
    });
    return after;
  });
}
