import "server-only";
import { log } from "@/lib/log";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { now } from "@/lib/clock/clock";
import { JOBS, runJob } from "./registry";

const holder = globalThis as unknown as { __jobScheduler?: Promise<PgBoss | null> };
const jobLog = (line: string) => log.info("jobs", { line });

// Starts pg-boss (its tables live in the "pgboss" schema), creates a queue per job, (re)writes the
// schedules (cron in the job's time zone) and works each queue: a delivery runs the job at the
// current "now". Once per process (dev reloads reuse it); off with JOBS_ENABLED=0. A run cut short
// by a shutdown expires and is retried by pg-boss; every job is idempotent.
export function startJobScheduler(): Promise<PgBoss | null> {
  holder.__jobScheduler ??= (async () => {
    const e = env();
    if (e.JOBS_ENABLED === "0" || !e.DATABASE_URL) return null;
    const boss = new PgBoss({
      connectionString: e.DATABASE_URL,
      schema: "pgboss",
      application_name: "balabaqsha-jobs",
    });
    boss.on("error", (error) => log.error("jobs.pg_boss_error", { error }));
    await boss.start();
    for (const job of JOBS) {
      await boss.createQueue(job.name, {
        name: job.name,
        retryLimit: 3,
        retryDelay: 300,
        expireInSeconds: 3600,
      });
      if (job.schedule) await boss.schedule(job.name, job.schedule.cron, {}, { tz: job.schedule.tz });
      else await boss.unschedule(job.name);
      await boss.work(job.name, async () => {
        await runJob(job, now(), jobLog);
      });
    }
    jobLog(
      `scheduler started: ${JOBS.map((j) => `${j.name}${j.schedule ? ` (${j.schedule.cron} ${j.schedule.tz})` : ""}`).join(", ")}`,
    );
    return boss;
  })().catch((err) => {
    log.error("jobs.scheduler_not_started", { error: err });
    holder.__jobScheduler = undefined;
    return null;
  });
  return holder.__jobScheduler;
}
