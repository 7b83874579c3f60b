// Sign-in history of the last 30 days (for the activity report) and users' last sign-in.
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/calendar/zone";
import { at, insertMany, type SeedContext } from "./context";

export async function seedActivity(ctx: SeedContext): Promise<void> {
  const rng = ctx.rng.fork("activity");
  const rows: Prisma.SignInEventCreateManyInput[] = [];
  for (const u of ctx.users) {
    if (!u.registeredAt) continue;
    const staff = u.method === "PASSWORD";
    for (let i = 30; i >= 1; i--) {
      const d = addDays(ctx.today, -i);
      const t = at(d, rng.int(8, staff ? 18 : 22), rng.int(0, 59));
      if (t < u.registeredAt) continue;
      if (staff && !ctx.calendar.isWorkingDay(d)) continue;
      if (!rng.chance(staff ? 0.55 : 0.08)) continue;
      if (rng.chance(0.04))
        rows.push({
          userId: u.id,
          method: u.method,
          success: false,
          reason: staff ? "bad_password" : "bad_code",
          at: new Date(t.getTime() - 60_000),
          ip: "10.20.0.15",
        });
      rows.push({
        userId: u.id,
        method: u.method,
        success: true,
        at: t,
        ip: staff ? "10.20.0.15" : "178.89.0.42",
        userAgent: "Mozilla/5.0",
      });
    }
  }
  rows.sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime());
  await insertMany(rows, (c) => ctx.db.signInEvent.createMany({ data: c }));
  await ctx.db.$executeRawUnsafe(
    `UPDATE "User" u SET "lastSignInAt" = s.last FROM (SELECT "userId", max("at") AS last FROM "SignInEvent" WHERE success GROUP BY "userId") s WHERE s."userId" = u.id`,
  );
  ctx.count("signInEvents", rows.length);
}
