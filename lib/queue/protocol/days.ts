import "server-only";
import { prisma } from "@/lib/db/prisma";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import type { DayContent, PublishedEvent } from "./content";

/** A published event with the protocol day it was published in and that day's hash. */
export type ProtocolRow = PublishedEvent & { day: string; dayHash: string };
export type ProtocolFilter = {
  from: string;
  to: string;
  district?: string | null;
  organizationId?: string | null;
};

// The published days, newest first (date, publication time, count and hashes).
export async function publishedDays(limit = 60) {
  const days = await prisma.protocolDay.findMany({
    orderBy: { date: "desc" },
    take: limit,
    select: { date: true, publishedAt: true, eventCount: true, contentHash: true, prevHash: true },
  });
  return days.map((d) => ({ ...d, date: dbDateToYmd(d.date) }));
}

// The last published day (YYYY-MM-DD), or null before the first publication.
export async function lastPublishedDate(): Promise<string | null> {
  const d = await prisma.protocolDay.findFirst({ orderBy: { date: "desc" }, select: { date: true } });
  return d ? dbDateToYmd(d.date) : null;
}

// The events published on the days from..to (inclusive), in protocol order, optionally of one district
// (territory code) and/or one kindergarten — exactly as they were published.
export async function publishedEvents(f: ProtocolFilter): Promise<ProtocolRow[]> {
  const days = await prisma.protocolDay.findMany({
    where: { date: { gte: ymdToDbDate(f.from), lte: ymdToDbDate(f.to) } },
    orderBy: { date: "asc" },
    select: { date: true, contentHash: true, content: true },
  });
  return days.flatMap((d) => {
    const content = d.content as unknown as DayContent;
    return (content.events ?? [])
      .filter(
        (e) =>
          (!f.district || e.territory.code === f.district) &&
          (!f.organizationId || e.organization.id === f.organizationId),
      )
      .map((e) => ({ ...e, day: dbDateToYmd(d.date), dayHash: d.contentHash }));
  });
}

// How many events are recorded but not published yet (they appear at the next 18:00 publication).
export async function pendingEventCount(): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "ProtocolEvent" e WHERE NOT EXISTS (
      SELECT 1 FROM "ProtocolDay" d CROSS JOIN LATERAL jsonb_array_elements(d.content->'events') x WHERE x->>'id' = e.id::text)`;
  return Number(row?.n ?? 0);
}
