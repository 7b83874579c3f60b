// Staging races between transactions deterministically: hold a row locked from another session, and
// wait until other sessions are blocked on locks before letting them go.
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Holds the AttendanceMark row locked (FOR UPDATE) in a transaction of its own until release().
export async function holdMarkRow(db: PrismaClient, markId: bigint) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const ready = new Promise<void>((r) => (locked = r));
  const done = db.$transaction(
    async (t) => {
      await t.$queryRaw`SELECT id FROM "AttendanceMark" WHERE id = ${markId} FOR UPDATE`;
      locked();
      await released;
    },
    { timeout: 20_000 },
  );
  await ready;
  return { release, done };
}

// Waits until at least `n` sessions of this database wait for a lock, or `settled` settles first
// (returns whether the sessions were seen waiting).
export async function waitForLockWaiters(db: PrismaClient, n: number, settled?: Promise<unknown>) {
  let over = false;
  settled?.then(
    () => (over = true),
    () => (over = true),
  );
  for (let i = 0; i < 200 && !over; i++) {
    const [row] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if ((row?.waiting ?? 0) >= n) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}
