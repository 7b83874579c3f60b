// Next.js calls register() once when a server process starts. The Node.js server first refuses to
// start with unsafe settings out of demo mode (lib/startup-check.ts), then starts the background-job
// scheduler (pg-boss, docs/JOBS.md) unless JOBS_ENABLED=0. Not during `next build` (its workers load
// this file too), and without holding up the server's start.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { refuseUnsafeStart } = await import("./lib/startup-check");
  refuseUnsafeStart();
  const { startJobScheduler } = await import("./lib/jobs/scheduler");
  void startJobScheduler();
}
