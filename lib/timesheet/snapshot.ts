import { createHash } from "node:crypto";

export type SnapshotDay = { date: string; status: "PRESENT" | "ABSENT"; reason: string | null };
/** What a parent signs: one child's month at one kindergarten, every marked day. */
export type TimesheetSnapshot = {
  childId: string;
  organizationId: string;
  year: number;
  month: number;
  days: SnapshotDay[];
};

// JSON with object keys sorted and no whitespace: the same data always gives the same text.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(",")}}`;
}

// Builds the snapshot with its days in date order (the order marks were read in doesn't matter).
export function makeSnapshot(s: TimesheetSnapshot): TimesheetSnapshot {
  return {
    ...s,
    days: [...s.days]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((d) => ({ date: d.date, status: d.status, reason: d.reason })),
  };
}

// SHA-256 (hex) of the canonical JSON: what the confirmation stores and a later edit is compared with.
export function snapshotHash(s: TimesheetSnapshot): string {
  return createHash("sha256")
    .update(canonicalJson(makeSnapshot(s)), "utf8")
    .digest("hex");
}
