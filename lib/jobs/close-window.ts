import "server-only";
import { prisma } from "@/lib/db/prisma";
import { lastClosedMonth } from "@/lib/voucher/month-states";
import { WorkingDaysCache } from "@/lib/voucher/working-days";
import { DAILY_AFTER_MIDNIGHT, type Job, type JobLog } from "./types";
import { createMissingTimesheets } from "./timesheet-rows";
import { expireOpenTimesheets } from "./expire-timesheets";
import { expireDecidedDisputes } from "./expire-disputes";
import { notifyPendingDisputeAnswers } from "@/lib/timesheet/dispute-notify";

const pad = (n: number) => String(n).padStart(2, "0");

// Closes the confirmation windows that are over at `at`, each kindergarten in its own time zone:
// from the 11th (00:00 local) the previous month's timesheets that are neither confirmed nor disputed
// become NOT_CONFIRMED (rows are made for children who have none); before the 11th the month before
// is looked at again, which also ends grace periods that ran out. A DISPUTED timesheet is left alone
// only while its dispute excuses the month (lib/timesheet/dispute-rules.ts): once it is answered or
// decided and the grace period is over unconfirmed, it becomes NOT_CONFIRMED too. Finally the SMS
// about dispute answers that a crash left unsent go out. Running it again changes nothing.
export async function closeConfirmationWindows(at: Date, log: JobLog = () => {}) {
  const orgs = await prisma.organization.findMany({
    where: { kind: "KINDERGARTEN" },
    select: { id: true, slug: true, timeZone: true },
    orderBy: { id: "asc" },
  });
  const cache = new WorkingDaysCache();
  let created = 0;
  let notConfirmed = 0;
  let disputesClosed = 0;
  for (const org of orgs) {
    const closed = lastClosedMonth(at, org.timeZone);
    const made = await createMissingTimesheets(org.id, closed, at, cache);
    const expired = await expireOpenTimesheets(org.id, closed, at);
    const decided = await expireDecidedDisputes(org.id, org.timeZone, closed, at);
    if (made + expired + decided > 0)
      log(
        `close-window: ${org.slug} ${closed.year}-${pad(closed.month)}: ${made} timesheet(s) made NOT_CONFIRMED, ${expired} OPEN/CORRECTED and ${decided} DISPUTED (decided, grace over) set to NOT_CONFIRMED`,
      );
    created += made;
    notConfirmed += expired;
    disputesClosed += decided;
  }
  const disputeSms = await notifyPendingDisputeAnswers(at);
  return { kindergartens: orgs.length, created, notConfirmed, disputesClosed, disputeSms };
}

// The scheduled job (daily 00:05 Asia/Almaty) and `npm run job -- close-window --at …`.
export const closeWindowJob: Job = {
  name: "close-window",
  description:
    "Timesheets whose confirmation window closed without a confirmation or an undecided dispute become NOT_CONFIRMED (a decided dispute after its grace period too); dispute SMS still owed are sent",
  schedule: DAILY_AFTER_MIDNIGHT,
  run: ({ at, log }) => closeConfirmationWindows(at, log),
};
