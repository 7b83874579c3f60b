import "server-only";
import { LRUCache } from "lru-cache";
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

// A published day never changes (publishDay writes it once), so its parsed content is kept in the process,
// keyed by date and hash, for the public page's many readers: a busy day is megabytes of JSON to read and
// parse. At most 90 days are kept.
const dayContents = new LRUCache<string, DayContent>({ max: 90 });

// The events published on the days from..to (inclusive), in protocol order, optionally of one district
// (territory code) and/or one kindergarten — exactly as they were published.
export async function publishedEvents(f: ProtocolFilter): Promise<ProtocolRow[]> {
  const days = await prisma.protocolDay.findMany({
    where: { date: { gte: ymdToDbDate(f.from), lte: ymdToDbDate(f.to) } },
    orderBy: { date: "asc" },
    select: { date: true, contentHash: true },
  });
  const key = (d: { date: Date; contentHash: string }) => `${dbDateToYmd(d.date)}:${d.contentHash}`;
  const missing = days.filter((d) => !dayContents.has(key(d)));
  if (missing.length > 0) {
    const loaded = await prisma.protocolDay.findMany({
      where: { date: { in: missing.map((d) => d.date) } },
      select: { date: true, contentHash: true, content: true },
    });
    for (const d of loaded) dayContents.set(key(d), d.content as unknown as DayContent);
  }
  return days.flatMap((d) => {
    const content = dayContents.get(key(d));
    return (content?.events ?? [])
      .filter(
        (e) =>
          (!f.district || e.territory.code === f.district) &&
          (!f.organizationId || e.organization.id === f.organizationId),
      )
      .map((e) => ({ ...e, day: dbDateToYmd(d.date), dayHash: d.contentHash }));
  });
}

// How many events are recorded but not published yet (they appear at the next 18:00 publication). Each
// event is published in exactly one day and none is ever deleted, so it is the events' count less the
// days' counts (reading every published day's events to find the rest cost 60 ms a page at a region's size).
export async function pendingEventCount(): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT (SELECT count(*) FROM "ProtocolEvent") - (SELECT coalesce(sum("eventCount"), 0) FROM "ProtocolDay") AS n`;
  return Number(row?.n ?? 0);
}
