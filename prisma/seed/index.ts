// The demo data loader: Akmola region, its education departments and kindergartens, people,
// contingent, attendance, timesheets and vouchers, the queue, announcements (docs/DEMO.md).
// Deterministic: the same `today` always produces the same data (seeded PRNG, no Math.random).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { isYmd } from "@/lib/calendar/zone";
import { SeedContext, type DemoSignIn, type SeedDb } from "./context";
import { seedTerritories } from "./territories";
import { DEMO_MARKER_SLUG, MAIN_KG_SLUG, seedOrganizations } from "./organizations";
import { seedHolidays } from "./calendar";
import { seedKindergartens } from "./kindergartens";
import { seedPeople, TEMP_PASSWORD } from "./people";
import { seedContingent } from "./contingent";
import { seedAttendance } from "./attendance";
import { seedTimesheets } from "./timesheets";
import { seedNotices } from "./notices";
import { seedQueue } from "./queue";
import { seedBirthRecords } from "./births";
import { seedAnnouncements } from "./announcements";
import { seedActivity } from "./activity";
import { seedFeedback } from "./feedback";

export { DEMO_MARKER_SLUG, MAIN_KG_SLUG } from "./organizations";
export { canonicalJson, snapshotHash, type TimesheetSnapshot } from "./timesheets";
export type { DemoChild, DemoSignIn } from "./context";

export type SeedSummary = {
  /** The "today" the data was built for (YYYY-MM-DD, Asia/Almaty). */
  today: string;
  /** Slug of the organisation whose existence marks the demo as loaded. */
  markerSlug: string;
  mainKindergarten: { slug: string; nameKk: string; nameRu: string };
  /** Demo sign-ins: staff by login + password, parents by phone + IIN (one-time code). */
  signIns: DemoSignIn[];
  /** Rows created per table (plus a few breakdowns such as "timesheets.CONFIRMED"). */
  counts: Record<string, number>;
  durationMs: number;
  /** Time per step (ms), for tuning. */
  stepsMs: Record<string, number>;
};

export class DemoAlreadyLoadedError extends Error {
  constructor() {
    super("demo data already loaded");
  }
}

// True if the demo marker organisation exists.
export async function isDemoLoaded(db: SeedDb): Promise<boolean> {
  return (await db.organization.count({ where: { slug: DEMO_MARKER_SLUG } })) > 0;
}

// Loads the demo data in one transaction; throws DemoAlreadyLoadedError if it is already there.
export async function seedDemo(db: PrismaClient, opts: { today: string }): Promise<SeedSummary> {
  const started = Date.now();
  if (!isYmd(opts.today))
    throw new RangeError(`seedDemo: today must be YYYY-MM-DD, got ${JSON.stringify(opts.today)}`);
  if (await isDemoLoaded(db)) throw new DemoAlreadyLoadedError();

  // scrypt is deliberately slow: hash before the transaction opens.
  const [demo, temp, shared] = await Promise.all([
    Promise.all(Array.from({ length: 5 }, () => hashPassword("demo12345"))),
    hashPassword(TEMP_PASSWORD),
    hashPassword("demo12345"),
  ]);

  const stepsMs: Record<string, number> = {};
  const ctx = await db.$transaction(
    async (tx) => {
      const c = new SeedContext(tx, opts.today);
      c.passwords = { demo, temp, shared };
      // Re-check inside the transaction: two concurrent loaders can't both pass (slug is unique).
      if (await isDemoLoaded(tx)) throw new DemoAlreadyLoadedError();
      const steps: [string, (ctx: SeedContext) => Promise<void>][] = [
        ["territories", seedTerritories],
        ["organizations", seedOrganizations],
        ["holidays", seedHolidays],
        ["kindergartens", seedKindergartens],
        ["people", seedPeople],
        ["contingent", seedContingent],
        ["attendance", seedAttendance],
        ["timesheets", seedTimesheets],
        ["notices", seedNotices],
        ["queue", seedQueue],
        ["births", seedBirthRecords],
        ["announcements", seedAnnouncements],
        ["activity", seedActivity],
        ["feedback", seedFeedback],
      ];
      for (const [name, step] of steps) {
        const t0 = Date.now();
        await step(c);
        stepsMs[name] = Date.now() - t0;
      }
      await tx.auditLog.create({
        data: {
          action: "seed.load",
          entityType: "Organization",
          entityId: c.region.id,
          organizationId: c.region.id,
          after: {
            today: opts.today,
            counts: c.counts,
            signIns: c.signIns.map((s) => s.login ?? s.phone ?? s.role),
          },
        },
      });
      c.count("auditLogs", 1);
      return c;
    },
    { maxWait: 10_000, timeout: 180_000 },
  );

  for (const s of ctx.signIns) {
    for (const ch of s.children ?? []) {
      const story = ctx.childStory.get(ch.id);
      if (story) {
        ch.timesheets = story.timesheets;
        ch.voucher = story.voucher;
      }
    }
  }
  const main = ctx.mainKg;
  return {
    today: opts.today,
    markerSlug: DEMO_MARKER_SLUG,
    mainKindergarten: { slug: MAIN_KG_SLUG, nameKk: main.nameKk, nameRu: main.nameRu },
    signIns: ctx.signIns,
    counts: ctx.counts,
    durationMs: Date.now() - started,
    stepsMs,
  };
}

// A printable table of the demo sign-ins.
export function formatSignIns(signIns: DemoSignIn[]): string {
  const lines = ["Demo sign-ins:"];
  for (const s of signIns) {
    const how = s.login
      ? `login ${s.login} / password ${s.password}`
      : `phone ${s.phone} + IIN ${s.iin} (one-time code)`;
    lines.push(`  ${s.role.padEnd(17)} ${how}`);
    lines.push(`  ${"".padEnd(17)} ${s.description}${s.note ? ` — ${s.note}` : ""}`);
    for (const ch of s.children ?? []) {
      const facts = [
        ch.timesheets?.length ? `timesheets ${ch.timesheets.join(", ")}` : "",
        ch.voucher ? `voucher ${ch.voucher}` : "",
        ch.queue ? `queue ${ch.queue}` : "",
      ].filter(Boolean);
      lines.push(
        `  ${"".padEnd(17)}   child ${ch.name}, IIN ${ch.iin}${ch.bound ? "" : " (not bound yet)"}${facts.length ? `: ${facts.join("; ")}` : ""}`,
      );
    }
  }
  return lines.join("\n");
}
