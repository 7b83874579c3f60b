import "server-only";
import { prisma } from "@/lib/db/prisma";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { signBytes } from "@/lib/security/portal-key-material";
import { portalSigningKey } from "@/lib/security/portal-key";
import { chainIndex, dayBytes, headStatement, type ChainEntry, type ChainIndex } from "./canonical";
import type { SignedHead } from "./feed";

// What the verification downloads read: a day's canonical bytes, the chain's index and the signed heads —
// from the stored days as they are (a day altered in the database is served altered, and the verifier
// names it).

// A published day's canonical bytes, or null when that day is not published.
export async function publishedDayBytes(date: string): Promise<Buffer | null> {
  const day = await prisma.protocolDay.findUnique({
    where: { date: ymdToDbDate(date) },
    select: { content: true },
  });
  return day ? dayBytes(day.content) : null;
}

async function chainEntries(): Promise<ChainEntry[]> {
  const rows = await prisma.protocolDay.findMany({
    orderBy: { date: "asc" },
    select: { date: true, contentHash: true, prevHash: true, eventCount: true, publishedAt: true },
  });
  return rows.map((r) => ({
    date: dbDateToYmd(r.date),
    contentHash: r.contentHash,
    prevHash: r.prevHash,
    eventCount: r.eventCount,
    publishedAt: r.publishedAt.toISOString(),
  }));
}

// chain.json: every published day (date, hash, previous hash, event count, publication time).
export async function publishedChain(): Promise<ChainIndex> {
  return chainIndex(await chainEntries());
}

// Every published day's head signed with the portal's current key (Ed25519 is deterministic: the same
// key gives the same signature every time, so copies taken earlier stay comparable).
export async function signedHeads(): Promise<SignedHead[]> {
  const [days, key] = await Promise.all([chainEntries(), portalSigningKey()]);
  return days.map((d) => ({
    ...d,
    keyId: key.id,
    signature: signBytes(key, headStatement(d)).toString("base64"),
  }));
}
