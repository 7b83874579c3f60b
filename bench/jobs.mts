// The background jobs over the benchmark's region, timed in one process (bench/run.mjs runs this with
// tsx --conditions=react-server and DATABASE_URL): each job once at its usual instant of the data's
// "today", in the order a day runs them. Prints one JSON line: [{ name, ms, result }].
//   tsx --conditions=react-server bench/jobs.mts --today 2026-12-03 [only these job names…]
import { JOBS, runJob } from "../lib/jobs/registry";
import { setClock } from "../lib/clock/clock";
import { prisma } from "../lib/db/prisma";

const argv = process.argv.slice(2);
const i = argv.indexOf("--today");
const today = i >= 0 ? argv[i + 1] : undefined;
if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error("--today YYYY-MM-DD is required");
const only = argv.filter((a, j) => !a.startsWith("--") && argv[j - 1] !== "--today");

// When each job runs on a day (Almaty time): the nightly ones after midnight, the protocol at 18:00.
const TIME: Record<string, string> = {
  "close-window": "00:05",
  "voucher-annulment": "00:05",
  "queue-priority-lapse": "00:10",
  "publish-protocol": "18:00",
};

const out: { name: string; ms: number; result: unknown }[] = [];
try {
  for (const job of JOBS) {
    if (only.length && !only.includes(job.name)) continue;
    const at = new Date(`${today}T${TIME[job.name] ?? "10:00"}:00+05:00`);
    setClock(at);
    const run = await runJob(job, at, () => {});
    out.push({ name: job.name, ms: run.ms, result: run.result ?? "busy" });
  }
  console.log(JSON.stringify(out));
} finally {
  await prisma.$disconnect();
}
