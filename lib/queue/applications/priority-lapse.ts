import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Job, JobLog } from "@/lib/jobs/types";
import { loadQueueCalendar } from "@/lib/queue/places/queue-calendar";
import { addHistory, lockApplication } from "./history";
import { priorityStanding, PRIORITY_CONFIRM_WORK_DAYS } from "./priority";

// Returns to the general queue every active application whose priority document was not confirmed
// within 5 working days (SPEC §5): priority NONE, the claim and the reason in the history, audited.
// Each application in its own transaction, rechecked under its row lock; idempotent.
export async function lapseUnconfirmedPriorities(at: Date, log: JobLog = () => {}) {
  const cal = await loadQueueCalendar(prisma);
  // No claim can lapse within 5 working days, i.e. at least 5 calendar days.
  const candidates = await prisma.queueApplication.findMany({
    where: {
      status: { in: ["WAITING", "REFERRED"] },
      priority: { not: "NONE" },
      priorityConfirmedAt: null,
      submittedAt: { lt: new Date(at.getTime() - PRIORITY_CONFIRM_WORK_DAYS * 86_400_000) },
    },
    select: { id: true, priority: true, priorityConfirmedAt: true, submittedAt: true },
    orderBy: { submittedAt: "asc" },
  });
  let lapsed = 0;
  for (const c of candidates) {
    if (priorityStanding(c, at, cal) !== "lapsed") continue;
    const done = await prisma.$transaction(async (tx) => {
      if (!(await lockApplication(tx, c.id))) return false;
      const before = await tx.queueApplication.findUniqueOrThrow({ where: { id: c.id } });
      if (
        before.priority === "NONE" ||
        before.priorityConfirmedAt ||
        priorityStanding(before, at, cal) !== "lapsed"
      )
        return false;
      const after = await tx.queueApplication.update({ where: { id: c.id }, data: { priority: "NONE" } });
      await addHistory(
        tx,
        c.id,
        "priority_lapsed",
        { priority: before.priority, reason: "not_confirmed" },
        at,
      );
      await audit(tx, {
        actorPersonId: null,
        action: "queue.priority_lapse",
        entityType: "QueueApplication",
        entityId: c.id,
        before,
        after,
      });
      return true;
    });
    if (done) {
      lapsed++;
      log(`queue-priority-lapse: ${c.id} back to the general queue`);
    }
  }
  return { checked: candidates.length, lapsed };
}

// Daily at 00:10 Asia/Almaty, and `npm run job -- queue-priority-lapse --at …`.
export const priorityLapseJob: Job = {
  name: "queue-priority-lapse",
  description:
    "Returns to the general queue the applications whose priority document was not confirmed within 5 working days",
  schedule: { cron: "10 0 * * *", tz: "Asia/Almaty" },
  run: ({ at, log }) => lapseUnconfirmedPriorities(at, log),
};
