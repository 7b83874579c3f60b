import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Job, JobLog } from "@/lib/jobs/types";
import { lockApplication, addHistory } from "@/lib/queue/applications/history";
import { loadQueueSettings } from "@/lib/queue/places/queue-calendar";
import { stopListUntil } from "@/lib/queue/places/referral-rules";
import { returnPlaceToPool } from "@/lib/queue/places/return-place";
import { referralUnusedAndLapsed } from "./rules";

// Lapses one issued referral whose validity is over at `at`: EXPIRED (decided at its expiry), the
// application back to WAITING with its original date but on the stop list (the department's
// stopListDays from the lapse), and the place returned to the pool. Rechecked under the locks, so a
// parent's last-second answer and the job never both win. True when it lapsed now.
async function lapseReferral(referralId: string, applicationId: string, at: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    await lockApplication(tx, applicationId);
    await tx.$queryRaw`SELECT id FROM "Referral" WHERE id = ${referralId} FOR UPDATE`;
    const before = await tx.referral.findUniqueOrThrow({
      where: { id: referralId },
      include: {
        place: { include: { organization: { select: { id: true, parentId: true, timeZone: true } } } },
      },
    });
    if (!referralUnusedAndLapsed(before, at)) return false;
    const { place, ...referralBefore } = before;
    const settings = await loadQueueSettings(tx, place.organization);
    const after = await tx.referral.update({
      where: { id: referralId },
      data: { status: "EXPIRED", decidedAt: before.expiresAt },
    });
    const app = await tx.queueApplication.findUniqueOrThrow({ where: { id: applicationId } });
    const until = stopListUntil(before.expiresAt, settings.stopListDays, place.organization.timeZone);
    const appAfter = await tx.queueApplication.update({
      where: { id: applicationId },
      data: { status: app.status === "REFERRED" ? "WAITING" : app.status, stopListUntil: until },
    });
    await addHistory(tx, applicationId, "referral_expired", { referral: before.number }, before.expiresAt);
    await addHistory(
      tx,
      applicationId,
      "stop_listed",
      { until: until.toISOString(), days: settings.stopListDays },
      before.expiresAt,
    );
    await audit(tx, {
      actorPersonId: null,
      action: "referral.expire",
      entityType: "Referral",
      entityId: referralId,
      organizationId: place.organizationId,
      before: referralBefore,
      after,
    });
    await audit(tx, {
      actorPersonId: null,
      action: "queue.stop_list",
      entityType: "QueueApplication",
      entityId: applicationId,
      organizationId: place.organizationId,
      before: app,
      after: appAfter,
    });
    await returnPlaceToPool(tx, place.id, at, { referral: before.number, cause: "expired" });
    return true;
  });
}

// Lapses every issued referral whose validity is over at `at`, oldest first, each in its own
// transaction. Idempotent: a second run finds nothing to do.
export async function expireReferrals(at: Date, log: JobLog = () => {}) {
  const due = await prisma.referral.findMany({
    where: { status: "ISSUED", expiresAt: { lte: at } },
    select: { id: true, number: true, applicationId: true },
    orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
  });
  let expired = 0;
  for (const r of due) {
    if (await lapseReferral(r.id, r.applicationId, at)) {
      expired++;
      log(`referral-expiry: ${r.number} lapsed, applicant stop-listed`);
    }
  }
  return { due: due.length, expired };
}

// Every 10 minutes (referrals lapse at 18:00 local), and `npm run job -- referral-expiry --at …`.
export const referralExpiryJob: Job = {
  name: "referral-expiry",
  description:
    "Lapses unused referrals past their validity: the applicant goes on the stop list, the place returns to the pool",
  schedule: { cron: "*/10 * * * *", tz: "Asia/Almaty" },
  run: ({ at, log }) => expireReferrals(at, log),
};
