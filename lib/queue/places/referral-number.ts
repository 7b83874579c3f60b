import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { DEFAULT_TIME_ZONE, localDate } from "@/lib/calendar/zone";

// The next referral number of the year, N-YYYY-000123 (the demo data's form). Numbers are handed out
// one transaction at a time (a transaction-scoped advisory lock), so concurrent referrals never
// collide; the lock is held only by transactions that have already won their place.
export async function nextReferralNumber(tx: Tx, at: Date): Promise<string> {
  const prefix = `N-${localDate(at, DEFAULT_TIME_ZONE).slice(0, 4)}-`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('balabaqsha:referral-number'))`;
  const [row] = await tx.$queryRaw<{ n: number | null }[]>`
    SELECT max(substring(number from '^N-[0-9]{4}-([0-9]+)$')::int) AS n FROM "Referral" WHERE number LIKE ${`${prefix}%`}`;
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(6, "0")}`;
}
