// What an outsider checks the protocol with (pure; docs/VERIFY.md says the same in words): a day's
// canonical bytes — exactly what its hash covers — the chain's index, and the byte string the portal's
// key signs for each day's head.
import { canonicalJson } from "@/lib/timesheet/snapshot";

/** A published day as the chain's index lists it. */
export type ChainEntry = {
  date: string;
  contentHash: string;
  prevHash: string | null;
  eventCount: number;
  publishedAt: string;
};

/** chain.json: every published day, oldest first, and the head (the last day's hash). */
export type ChainIndex = {
  format: "balabaqsha.protocol-chain";
  version: 1;
  head: { date: string; contentHash: string } | null;
  days: ChainEntry[];
};

// The exact bytes of a day that are hashed and served at /{locale}/protocol/days/{date}.json: the stored
// content as canonical JSON (keys sorted by UTF-16 code units at every level, no whitespace, strings and
// numbers as JSON.stringify writes them), in UTF-8.
export function dayBytes(content: unknown): Buffer {
  return Buffer.from(canonicalJson(content), "utf8");
}

// The chain's index from the stored days (in any order): oldest first, the head is the newest day.
export function chainIndex(days: ChainEntry[]): ChainIndex {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  const last = sorted.at(-1);
  return {
    format: "balabaqsha.protocol-chain",
    version: 1,
    head: last ? { date: last.date, contentHash: last.contentHash } : null,
    days: sorted,
  };
}

/** The first line of every signed head: what the signature is about and the format's version. */
export const HEAD_STATEMENT_TAG = "balabaqsha-protocol-head v1";

// The byte string (UTF-8) the portal's key signs for a day's head: four lines, each ended by "\n" —
// the tag, the date (YYYY-MM-DD), the day's content hash (64 lowercase hex digits) and its event count
// (decimal). `printf 'balabaqsha-protocol-head v1\n%s\n%s\n%s\n' DATE HASH COUNT` writes the same bytes.
export function headStatement(h: { date: string; contentHash: string; eventCount: number }): Buffer {
  return Buffer.from(`${HEAD_STATEMENT_TAG}\n${h.date}\n${h.contentHash}\n${h.eventCount}\n`, "utf8");
}

// "2026-11-23.json" → "2026-11-23" (a real calendar date), else null.
export function dayFromFileName(file: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})\.json$/.exec(file);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === file.slice(0, 10) ? file.slice(0, 10) : null;
}
