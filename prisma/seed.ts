// CLI: load the demo data. `tsx prisma/seed.ts [--today YYYY-MM-DD]`; DATABASE_URL from the environment.
// Without --today, today is the current date in Asia/Almaty (BALABAQSHA_NOW respected).
// Refuses to run twice: if the demo is already loaded it says so and exits 0.
import { createPrismaClient } from "@/lib/db/prisma";
import { now } from "@/lib/clock/clock";
import { addDays, isYmd, localDate } from "@/lib/calendar/zone";
import { DemoAlreadyLoadedError, formatSignIns, isDemoLoaded, seedDemo } from "./seed/index";

function parseToday(argv: string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--today") return argv[i + 1] ?? "";
    if (a.startsWith("--today=")) return a.slice("--today=".length);
  }
  return localDate(now(), "Asia/Almaty");
}

// The public protocol shows published days only: publish the demo's past days as the 18:00 job
// would have, one day at a time, so the hash chain starts at the first release.
async function publishPastProtocolDays(db: ReturnType<typeof createPrismaClient>, today: string) {
  const first = await db.protocolEvent.findFirst({ orderBy: { at: "asc" }, select: { at: true } });
  if (!first) return;
  const { publishProtocol } = await import("@/lib/queue/protocol/publish");
  for (let day = localDate(first.at, "Asia/Almaty"); day < today; day = addDays(day, 1)) {
    await publishProtocol(new Date(`${day}T18:00:00+05:00`));
  }
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set");
    return 1;
  }
  const today = parseToday(process.argv.slice(2));
  if (!isYmd(today)) {
    console.error(`--today must be a date YYYY-MM-DD, got ${JSON.stringify(today)}`);
    return 1;
  }
  const db = createPrismaClient(url);
  try {
    if (await isDemoLoaded(db)) {
      console.log("demo data already loaded");
      return 0;
    }
    const summary = await seedDemo(db, { today });
    await publishPastProtocolDays(db, today);
    console.log(`Demo data loaded for ${summary.today} in ${(summary.durationMs / 1000).toFixed(1)} s`);
    console.log(
      Object.entries(summary.counts)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join("\n"),
    );
    console.log(
      `  steps (ms): ${Object.entries(summary.stepsMs)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    );
    console.log(formatSignIns(summary.signIns));
    return 0;
  } catch (e) {
    if (e instanceof DemoAlreadyLoadedError) {
      console.log("demo data already loaded");
      return 0;
    }
    console.error(e);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => process.exit(code));
