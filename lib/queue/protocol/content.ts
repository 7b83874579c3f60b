// The published protocol of place releases (pure): what a day's publication contains, its hash and
// the check of the whole chain. Each day's content carries the previous day's hash, and the day's
// hash covers its content — so changing any published day (or dropping one) changes every later
// day's expected hash: the chain is verifiable by anyone from the published data alone.
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/timesheet/snapshot";
import { DEFAULT_TIME_ZONE, addDays, localDate, localParts, startOfLocalDay } from "@/lib/calendar/zone";

/** The protocol is published daily at 18:00 Astana time (seed 003). */
export const PUBLISH_HOUR = 18;
export const PROTOCOL_TZ = DEFAULT_TIME_ZONE;

/** One step of a place as published (names frozen at publication). */
export type PublishedEvent = {
  id: string;
  at: string;
  kind: string;
  placeId: string;
  organization: { id: string; slug: string; nameKk: string; nameRu: string };
  territory: { code: string; nameKk: string; nameRu: string; nameEn: string };
  birthYear: number;
  language: string;
  group: string | null;
  /** The step's own facts: access, referral, reason, category, returnedTo … */
  facts: Record<string, string | number | null>;
};

/** A day's publication: what is hashed and stored in ProtocolDay.content. */
export type DayContent = {
  version: 1;
  date: string;
  cutoff: string;
  publishedAt: string;
  prevHash: string | null;
  events: PublishedEvent[];
};

/** A stored day as read back for verification. */
export type StoredDay = {
  date: string;
  contentHash: string;
  prevHash: string | null;
  eventCount: number;
  content: unknown;
};
export type DayProblem = "content_hash" | "prev_hash" | "event_count" | "date";
export type DayCheck = { date: string; ok: boolean; problems: DayProblem[]; recomputedHash: string };

// The day due for publication at `at` and its cut-off: today's 18:00 once it has passed, else yesterday's.
export function publicationDue(at: Date, tz: string = PROTOCOL_TZ): { date: string; cutoff: Date } {
  const today = localDate(at, tz);
  const date = localParts(at, tz).hour >= PUBLISH_HOUR ? today : addDays(today, -1);
  return { date, cutoff: publicationCutoff(date, tz) };
}

// The days to publish at `at`, in order: every day after the last published one up to the day due
// (today after 18:00 Astana time, else yesterday) — so a missed run (the server was down at 18:00, the
// jobs were off) is caught up day by day and the chain has no gaps. With nothing published yet, the
// day due only. Pure.
export function daysToPublish(lastPublished: string | null, due: string): string[] {
  if (lastPublished === null) return [due];
  const out: string[] = [];
  for (let d = addDays(lastPublished, 1); d <= due; d = addDays(d, 1)) out.push(d);
  return out;
}

// 18:00 local of a protocol day.
export function publicationCutoff(date: string, tz: string = PROTOCOL_TZ): Date {
  return new Date(startOfLocalDay(date, tz).getTime() + PUBLISH_HOUR * 3_600_000);
}

// Events in protocol order: by time, then by their sequence number.
export function sortEvents<T extends { at: string; id: string }>(events: T[]): T[] {
  return [...events].sort(
    (a, b) =>
      a.at.localeCompare(b.at) || (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0),
  );
}

// SHA-256 (hex) of the canonical JSON of a day's content (prevHash included).
export function hashContent(content: DayContent | unknown): string {
  return createHash("sha256").update(canonicalJson(content), "utf8").digest("hex");
}

// Checks every published day in date order: its hash matches its content, its content and its row
// name the previous day's hash, the count matches, and dates only go forward.
export function verifyChain(days: StoredDay[]): { ok: boolean; days: DayCheck[]; head: string | null } {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  let prev: string | null = null;
  const checks = sorted.map((d): DayCheck => {
    const c = (d.content ?? {}) as Partial<DayContent>;
    const recomputedHash = hashContent(d.content);
    const problems: DayProblem[] = [];
    if (recomputedHash !== d.contentHash) problems.push("content_hash");
    if (d.prevHash !== prev || (c.prevHash ?? null) !== prev) problems.push("prev_hash");
    if (!Array.isArray(c.events) || c.events.length !== d.eventCount) problems.push("event_count");
    if (c.date !== d.date) problems.push("date");
    prev = d.contentHash;
    return { date: d.date, ok: problems.length === 0, problems, recomputedHash };
  });
  return { ok: checks.every((c) => c.ok), days: checks, head: prev };
}
