// `npm run job -- <name> [--at <ISO date-time with offset>]`: runs one background job once, with
// that instant as "now", against DATABASE_URL (docs/JOBS.md). `npm run job -- --list` lists the jobs.
// Prints what the job did; exits 1 on an error or bad arguments, 2 when another run holds the job.
import path from "node:path";
import { spawnSync } from "node:child_process";

// The app's server modules are marked "server-only"; that marker resolves to an empty module under
// the react-server condition, so the script re-runs itself with it.
const CONDITION = "--conditions=react-server";
if (!process.execArgv.includes(CONDITION)) {
  const child = spawnSync(process.execPath, [...process.execArgv, CONDITION, ...process.argv.slice(1)], {
    stdio: "inherit",
  });
  process.exit(child.status ?? 1);
}

// Stops the embedded database when this run started it.
let stopDatabase = async () => {};

const USAGE = "usage: npm run job -- <name> [--at 2026-03-11T00:05+05:00]   (npm run job -- --list)";

async function main(argv: string[]): Promise<number> {
  try {
    process.loadEnvFile(path.join(process.cwd(), ".env")); // optional local settings, as `npm start` reads them
  } catch {}
  if (!argv.includes("--list") && !process.env.DATABASE_URL) {
    // As `npm start` runs: the embedded default database (the running server, or started for this run).
    const { connectDefaultDatabase } = await import("./lib/prepare.mjs");
    const db = await connectDefaultDatabase({ log: (m: string) => console.error(m) });
    process.env.DATABASE_URL = db.url;
    stopDatabase = db.stop;
  }
  const { JOBS, findJob, runJob } = await import("@/lib/jobs/registry");
  const { now, parseClockOverride, setClock } = await import("@/lib/clock/clock");
  if (argv.includes("--list")) {
    for (const j of JOBS)
      console.log(
        `${j.name}\t${j.schedule ? `${j.schedule.cron} (${j.schedule.tz})` : "on demand"}\t${j.description}`,
      );
    return 0;
  }
  const name = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--at");
  const job = name ? findJob(name) : undefined;
  if (!job) {
    console.error(name ? `unknown job "${name}"; known: ${JOBS.map((j) => j.name).join(", ")}` : USAGE);
    return 1;
  }
  const i = argv.indexOf("--at");
  const at = i >= 0 ? parseClockOverride(argv[i + 1]) : now();
  if (!at) {
    console.error(
      `--at needs an ISO date-time with an offset, e.g. 2026-03-11T00:05+05:00 (got ${JSON.stringify(argv[i + 1] ?? "")})`,
    );
    return 1;
  }
  setClock(at); // anything the job asks of the clock agrees with --at
  const run = await runJob(job, at, (line) => console.log(line));
  return run.busy ? 2 : 0;
}

main(process.argv.slice(2))
  .catch((err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    return 1;
  })
  .then(async (code) => {
    try {
      const { prisma } = await import("@/lib/db/prisma");
      await prisma.$disconnect();
    } catch {}
    await stopDatabase().catch(() => {});
    process.exit(code);
  });
