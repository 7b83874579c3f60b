// Next.js calls register() once when a server process starts. Out of demo mode the server refuses to
// start while any setting is unsafe (lib/env.ts productionProblems), naming each; then the Node.js
// server starts the background-job scheduler (pg-boss, docs/JOBS.md) unless JOBS_ENABLED=0. Not
// during `next build` (its workers load this file too), and without holding up the server's start.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env, productionProblems } = await import("./lib/env");
  const { isClockFixed } = await import("./lib/clock/clock");
  const problems = productionProblems(env(), isClockFixed());
  if (problems.length) {
    process.stderr.write(
      `Balabaqsha refuses to start out of demo mode (BALABAQSHA_DEMO is not 1):\n${problems.map((p) => `  - ${p}`).join("\n")}\n`,
    );
    process.exit(1);
  }
  const { startJobScheduler } = await import("./lib/jobs/scheduler");
  void startJobScheduler();
}
