import "server-only";
import type { Job, JobLog, JobResult } from "./types";
import { withJobLock } from "./lock";
import { closeWindowJob } from "./close-window";
import { voucherAnnulmentJob } from "./voucher-annulment";
import { voucherDeadlinesJob } from "./voucher-deadlines";
import { placesGeneralAccessJob } from "@/lib/queue/places/general-access";
import { publishProtocolJob } from "@/lib/queue/protocol/publish";
import { referralExpiryJob } from "@/lib/queue/referrals/expire";
import { priorityLapseJob } from "@/lib/queue/applications/priority-lapse";
import { pruneReceiptsJob } from "./prune-receipts";

// Every background job. Adding one is one line here (the scheduler and the CLI read this list).
export const JOBS: readonly Job[] = [
  closeWindowJob,
  voucherAnnulmentJob,
  voucherDeadlinesJob,
  placesGeneralAccessJob,
  publishProtocolJob,
  referralExpiryJob,
  priorityLapseJob,
  pruneReceiptsJob,
];

// The job of that name, or undefined.
export function findJob(name: string): Job | undefined {
  return JOBS.find((j) => j.name === name);
}

/** What one run did (busy: another run held the job's lock). */
export type JobRun = { job: string; at: string; busy: boolean; result?: JobResult; ms: number };

// Runs one job once at `at` under its lock (a run already in progress elsewhere → busy, nothing done).
export async function runJob(job: Job, at: Date, log: JobLog): Promise<JobRun> {
  const started = Date.now();
  const out = await withJobLock(job.name, () => job.run({ at, log }));
  const run: JobRun = {
    job: job.name,
    at: at.toISOString(),
    busy: out.busy,
    ms: Date.now() - started,
    ...(out.busy ? {} : { result: out.value }),
  };
  log(
    out.busy
      ? `${job.name}: another run is in progress, nothing done`
      : `${job.name} at ${run.at}: ${JSON.stringify(run.result)} (${run.ms} ms)`,
  );
  return run;
}
