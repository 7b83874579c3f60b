import "server-only";
import { prisma } from "@/lib/db/prisma";
import { startOfLocalDay, localDate } from "@/lib/calendar/zone";
import type { RatioCounts } from "./queue-order";

// Referrals issued this (local) year in a cohort of a district, by the applicant's category (the ratio):
// first-priority categories (any but out of turn) and applicants without a category. One aggregate query.
export async function ratioCounts(
  territoryId: string,
  birthYear: number,
  at: Date,
  tz: string,
): Promise<RatioCounts> {
  const yearStart = startOfLocalDay(`${localDate(at, tz).slice(0, 4)}-01-01`, tz);
  const [row] = await prisma.$queryRaw<{ first: bigint; general: bigint }[]>`
    SELECT count(*) FILTER (WHERE a.priority NOT IN ('NONE', 'OUT_OF_TURN')) AS first,
           count(*) FILTER (WHERE a.priority = 'NONE') AS general
    FROM "Referral" r JOIN "QueueApplication" a ON a.id = r."applicationId"
    WHERE r."issuedAt" >= ${yearStart} AND a."territoryId" = ${territoryId} AND a."birthYear" = ${birthYear}`;
  return { firstPriority: Number(row?.first ?? 0), general: Number(row?.general ?? 0) };
}
