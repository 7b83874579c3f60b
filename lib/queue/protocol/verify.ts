import "server-only";
import { prisma } from "@/lib/db/prisma";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import { verifyChain, type DayContent, type DayCheck } from "./content";

export type ChainReport = {
  ok: boolean;
  days: DayCheck[];
  /** The hash of the last published day: quote it to prove later what was published up to then. */
  head: string | null;
  /** Published events whose record in the live table is missing or no longer says the same. */
  changedEvents: string[];
};

// Recomputes the whole chain of published days from the stored content (see verifyChain), and checks
// the published events against the live protocol table (kind, time, place, kindergarten): a day can't
// be rewritten, and an event can't be changed or deleted afterwards, without this report saying so.
export async function verifyProtocolChain(): Promise<ChainReport> {
  const rows = await prisma.protocolDay.findMany({ orderBy: { date: "asc" } });
  const chain = verifyChain(
    rows.map((r) => ({
      date: dbDateToYmd(r.date),
      contentHash: r.contentHash,
      prevHash: r.prevHash,
      eventCount: r.eventCount,
      content: r.content,
    })),
  );
  const published = rows.flatMap((r) => (r.content as unknown as DayContent).events ?? []);
  const live = new Map<string, { kind: string; at: Date; placeId: string; organizationId: string }>();
  const ids = published.map((e) => BigInt(e.id));
  for (let i = 0; i < ids.length; i += 5000) {
    const batch = await prisma.protocolEvent.findMany({
      where: { id: { in: ids.slice(i, i + 5000) } },
      select: { id: true, kind: true, at: true, placeId: true, organizationId: true },
    });
    for (const e of batch) live.set(e.id.toString(), e);
  }
  const changedEvents = published
    .filter((e) => {
      const l = live.get(e.id);
      return (
        !l ||
        l.kind !== e.kind ||
        l.at.toISOString() !== e.at ||
        l.placeId !== e.placeId ||
        l.organizationId !== e.organization.id
      );
    })
    .map((e) => e.id);
  return { ok: chain.ok && changedEvents.length === 0, days: chain.days, head: chain.head, changedEvents };
}

/** A verification as the public page shows it: the report and when it was computed. */
export type CachedChainReport = ChainReport & { verifiedAt: Date };

/** How long a verification is shown before it is computed again for the same head. */
export const VERIFY_TTL_MS = 10 * 60_000;
let cached: { key: string; report: CachedChainReport } | null = null;

// "Verify the chain" for anonymous visitors: computed once per new head (the last day's hash and the number
// of days) and at most every VERIFY_TTL_MS, then served from memory with its time — so a visitor cannot make
// the server recompute the whole chain on every request.
export async function cachedChainReport(now: Date): Promise<CachedChainReport> {
  const [count, last] = await Promise.all([
    prisma.protocolDay.count(),
    prisma.protocolDay.findFirst({ orderBy: { date: "desc" }, select: { contentHash: true } }),
  ]);
  const key = `${count}:${last?.contentHash ?? "-"}`;
  if (cached && cached.key === key && now.getTime() - cached.report.verifiedAt.getTime() < VERIFY_TTL_MS)
    return cached.report;
  const report = { ...(await verifyProtocolChain()), verifiedAt: now };
  cached = { key, report };
  return report;
}
