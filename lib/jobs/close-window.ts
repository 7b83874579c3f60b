import "server-only";
import { prisma } from "@/lib/db/prisma";
import { lastClosedMonth } from "@/lib/voucher/month-states";
import { WorkingDaysCache } from "@/lib/voucher/working-days";
import { DAILY_AFTER_MIDNIGHT, type Job, type JobLog } from "./types";
import { createMissingTimesheets } from "./timesheet-rows";
import { expireOpenTimesheets } from "./expire-timesheets";
import { expireDecidedDisputes } from "./expire-disputes";
import { notifyPendingDisputeAnswers } from "@/lib/timesheet/dispute-notify";
import type { YearMonth } from "@/lib/timesheet/window";

const pad = (n: number) => String(n).padStart(2, "0");

// Closes the confirmation windows that are over at `at`, each kindergarten in its own time zone:
// from the 11th (00:00 local) the previous month's timesheets that are neither confirmed nor disputed
// become NOT_CONFIRMED (rows are made for children who have none); before the 11th the month before
// is looked at again, which also ends grace periods that ran out. A DISPUTED timesheet is left alone
// only while its dispute excuses the month (lib/timesheet/dispute-rules.ts): once it is answered or
// decided and the grace period is over unconfirmed, it becomes NOT_CONFIRMED too. Finally the SMS
// about dispute answers that a crash left unsent go out. Running it again changes nothing.
// The kindergartens whose closed month is the same (all of them, when the region keeps one time zone)
// are handled together, a few statements for all of them: one kindergarten at a time was ten statements
// each, 9–13 s a night over a region's 299 with nothing to close.
export async function closeConfirmationWindows(at: Date, log: JobLog = () => {}) {
  const orgs = await prisma.organization.findMany({
    where: { kind: "KINDERGARTEN" },
    select: { id: true, slug: true, timeZone: true },
    orderBy: { id: "asc" },
  });
  const byMonth = new Map<string, { closed: YearMonth; orgs: typeof orgs }>();
  for (const org of orgs) {
    const closed = lastClosedMonth(at, org.timeZone);
    const key = `${closed.year}-${pad(closed.month)}`;
    byMonth.set(key, { closed, orgs: [...(byMonth.get(key)?.orgs ?? []), org] });
  }
  const cache = new WorkingDaysCache();
  let created = 0;
  let notConfirmed = 0;
  let disputesClosed = 0;
  for (const { closed, orgs: group } of byMonth.values()) {
    const ids = group.map((o) => o.id);
    const made = await createMissingTimesheets(ids, closed, at, cache);
    const expired = await expireOpenTimesheets(ids, closed, at);
    const decided = await expireDecidedDisputes(group, closed, at);
    for (const org of group) {
      const [m, e, d] = [made, expired, decided].map((c) => c.get(org.id) ?? 0) as [number, number, number];
      if (m + e + d > 0)
        log(
          `close-window: ${org.slug} ${closed.year}-${pad(closed.month)}: ${m} timesheet(s) made NOT_CONFIRMED, ${e} OPEN/CORRECTED and ${d} DISPUTED (decided, grace over) set to NOT_CONFIRMED`,
        );
      created += m;
      notConfirmed += e;
      disputesClosed += d;
    }
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
