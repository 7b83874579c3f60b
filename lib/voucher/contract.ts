import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { ManagerContext } from "@/lib/auth/audiences";
import { audit } from "@/lib/audit/audit";
import { Refusal } from "@/lib/action/refusal";
import { addHistory, lockApplication } from "@/lib/queue/applications/history";
import { contractOpen } from "./life-rules";

// The kindergarten records the contract for a voucher the parent accepted: the voucher's number and the
// child's IIN must both match an ACCEPTED voucher whose contract deadline has not passed; then the
// voucher is ACTIVE at this kindergarten (contract number, contractedAt) and the application ENROLLED,
// with history and audit. Any mismatch — number, IIN, state or deadline — is one refusal that does not
// say which part was wrong (nobody can probe vouchers or IINs with it).
export async function recordContract(
  ctx: ManagerContext,
  input: { voucherNumber: string; childIin: string; contractNumber: string },
  now: Date,
) {
  const notMatching = () => new Refusal("vouchers.contract.notMatching");
  return prisma.$transaction(async (tx) => {
    const seen = await tx.voucher.findFirst({
      where: { number: input.voucherNumber, child: { iin: input.childIin }, applicationId: { not: null } },
      select: { id: true, applicationId: true },
    });
    if (!seen?.applicationId) throw notMatching();
    await lockApplication(tx, seen.applicationId);
    await tx.$queryRaw`SELECT id FROM "Voucher" WHERE id = ${seen.id} FOR UPDATE`;
    const before = await tx.voucher.findUniqueOrThrow({ where: { id: seen.id } });
    if (!contractOpen(before, now)) throw notMatching();
    const after = await tx.voucher.update({
      where: { id: seen.id },
      data: {
        status: "ACTIVE",
        organizationId: ctx.organizationId,
        contractedAt: now,
        contractNumber: input.contractNumber,
      },
    });
    const app = await tx.queueApplication.findUniqueOrThrow({ where: { id: seen.applicationId } });
    const appAfter = await tx.queueApplication.update({
      where: { id: app.id },
      data: { status: "ENROLLED" },
    });
    await addHistory(
      tx,
      app.id,
      "voucher_contracted",
      { voucher: before.number, contract: input.contractNumber },
      now,
    );
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "voucher.contract",
      entityType: "Voucher",
      entityId: seen.id,
      organizationId: ctx.organizationId,
      before,
      after,
    });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "queue.enrol",
      entityType: "QueueApplication",
      entityId: app.id,
      organizationId: ctx.organizationId,
      before: app,
      after: appAfter,
    });
    return after;
  });
}
