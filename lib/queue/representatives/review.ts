import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { Refusal } from "@/lib/action/refusal";
import type { AuthorityAdminContext } from "@/lib/auth/audiences";
import { kindergartensUnder } from "@/lib/queue/blocking/authority";
import { ACTIVE_STATUSES } from "@/lib/queue/applications/cohort";
import { addHistory, lockApplication } from "@/lib/queue/applications/history";
import type { ReviewDecisionInput } from "@/lib/queue/applications/schemas";

// Applications whose applicant claims to represent the child with a document (a guardian, trustee,
// adoptive or foster parent not named in the birth record) and waits for the district officer: active,
// choosing a kindergarten under the authority; oldest first, with the applicant and the document.
export async function pendingRepresentativeReviews(ctx: AuthorityAdminContext) {
  const orgIds = await kindergartensUnder(ctx.organizationId);
  const apps = await prisma.queueApplication.findMany({
    where: {
      status: { in: [...ACTIVE_STATUSES] },
      choices: { some: { organizationId: { in: orgIds } } },
      child: { representatives: { some: { status: "PENDING" } } },
    },
    include: {
      child: {
        select: {
          lastName: true,
          firstName: true,
          middleName: true,
          iin: true,
          birthDate: true,
          representatives: {
            where: { status: "PENDING" },
            include: {
              representative: { select: { lastName: true, firstName: true, middleName: true, iin: true } },
              document: { select: { fileName: true } },
            },
          },
        },
      },
      territory: true,
    },
    orderBy: { submittedAt: "asc" },
    take: 200,
  });
  return apps.flatMap((a) => {
    const link = a.child.representatives.find((r) => r.representativeId === a.applicantId);
    return link ? [{ ...a, link }] : [];
  });
}
export type RepresentativeReviewRow = Awaited<ReturnType<typeof pendingRepresentativeReviews>>[number];

// The officer verifies the applicant's claim (the link becomes VERIFIED: from now on they bind the child,
// confirm timesheets, take places and answer referrals) or refuses it with a reason (the link is REFUSED
// and the application leaves the queue; the applicant may apply again with another document). Only
// applications in the authority's subtree (else not found) whose claim is still pending (else refused).
export async function reviewRepresentative(
  ctx: AuthorityAdminContext,
  input: ReviewDecisionInput,
  now: Date,
) {
  const orgIds = await kindergartensUnder(ctx.organizationId);
  return prisma.$transaction(async (tx) => {
    const found = await tx.queueApplication.findFirst({
      where: { id: input.applicationId, choices: { some: { organizationId: { in: orgIds } } } },
      select: { id: true },
    });
    if (!found || !(await lockApplication(tx, found.id))) throw new AppError("not_found");
    const app = await tx.queueApplication.findUniqueOrThrow({ where: { id: found.id } });
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "LegalRepresentative"
      WHERE "childId" = ${app.childId} AND "representativeId" = ${app.applicantId} FOR UPDATE`;
    const before = row ? await tx.legalRepresentative.findUnique({ where: { id: row.id } }) : null;
    if (!before || before.status !== "PENDING" || !ACTIVE_STATUSES.some((s) => s === app.status))
      throw new Refusal("validation.queue.reviewClosed");
    const verify = input.decision === "confirm";
    const after = await tx.legalRepresentative.update({
      where: { id: before.id },
      data: {
        status: verify ? "VERIFIED" : "REFUSED",
        reviewedAt: now,
        reviewedById: ctx.actor.personId,
        refusalReason: verify ? null : input.reason,
      },
    });
    if (!verify && app.status === "WAITING")
      await tx.queueApplication.update({ where: { id: app.id }, data: { status: "REMOVED" } });
    await addHistory(
      tx,
      app.id,
      verify ? "representative_verified" : "representative_refused",
      verify ? {} : { reason: input.reason },
      now,
    );
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: verify ? "queue.representative_verify" : "queue.representative_refuse",
      entityType: "LegalRepresentative",
      entityId: before.id,
      organizationId: ctx.organizationId,
      before,
      after,
    });
    return after;
  });
}
