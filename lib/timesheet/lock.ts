import "server-only";
import type { Tx } from "@/lib/db/prisma";

// A child's month at a kindergarten: the key of its timesheet.
export type SheetKey = { childId: string; organizationId: string; year: number; month: number };

// Serialises everything that reads a child's month to act on it and everything that changes it: a
// mark or correction of one of its days, "everyone present", and a confirmation (by code or EDS).
// Held to the end of the transaction, so whoever comes second reads what the first one committed:
// a correction sees the confirmation (and needs a reason, and reopens it), a confirmation sees the
// correction (and is refused as `timesheet_changed`), a second first mark of a day finds the first.
// Two locks: a transaction-scoped advisory lock on the child and month — it exists before the
// timesheet row does (a month nobody opened yet), and covers the child's days whatever kindergarten
// marks them, as a child-day is unique — then the timesheet row itself (FOR UPDATE), so writers
// that only update the row (disputes, the closing job) wait too. Returns the row's id, if any.
export async function lockSheet(tx: Tx, k: SheetKey): Promise<string | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('balabaqsha:timesheet'), hashtext(${monthKey(k)}))`;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Timesheet"
    WHERE "childId" = ${k.childId} AND "organizationId" = ${k.organizationId}
      AND "year" = ${k.year} AND "month" = ${k.month}
    FOR UPDATE`;
  return rows[0]?.id ?? null;
}

// Locks several children's months at one kindergarten (the same month), always in the same order,
// so two transactions locking overlapping sets wait for each other instead of deadlocking.
export async function lockSheets(
  tx: Tx,
  k: Omit<SheetKey, "childId"> & { childIds: string[] },
): Promise<void> {
  const childIds = [...new Set(k.childIds)].sort();
  if (childIds.length === 0) return;
  // One statement takes them all, one after another in the keys' order (the subquery's ORDER BY comes
  // before the locking projection); a statement each was thirty round trips for a group's day.
  const keys = childIds.map((childId) => monthKey({ ...k, childId }));
  await tx.$queryRaw`
    SELECT count(pg_advisory_xact_lock(hashtext('balabaqsha:timesheet'), hashtext(s.key)))::int AS n
    FROM (SELECT key, i FROM unnest(${keys}::text[]) WITH ORDINALITY AS u(key, i) ORDER BY i) s`;
  await tx.$queryRaw`
    SELECT id FROM "Timesheet"
    WHERE "childId" = ANY(${childIds}) AND "organizationId" = ${k.organizationId}
      AND "year" = ${k.year} AND "month" = ${k.month}
    ORDER BY "childId"
    FOR UPDATE`;
}

const monthKey = (k: Omit<SheetKey, "organizationId">) => `${k.childId}:${k.year}-${k.month}`;
