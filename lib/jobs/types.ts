// What a background job is: a name, an optional schedule, and a run at a given instant.

/** Where a job reports what it does (the console for the CLI and the scheduler, an array in tests). */
export type JobLog = (line: string) => void;
/** The counts a run reports, e.g. { created: 3, notConfirmed: 12 }. */
export type JobResult = Record<string, number>;

/** What a run gets: its "now" and where to report. */
export type JobContext = { at: Date; log: JobLog };

// A named job. `schedule` is a cron expression read in the given time zone (pg-boss).
export type Job = {
  name: string;
  description: string;
  schedule?: { cron: string; tz: string };
  run(ctx: JobContext): Promise<JobResult>;
};

// Every job of the timesheet cycle runs daily at 00:05 in Asia/Almaty (each organisation is then
// judged in its own time zone, so a zone further east or west is handled on its own day).
export const DAILY_AFTER_MIDNIGHT = { cron: "5 0 * * *", tz: "Asia/Almaty" } as const;
