// The idempotency receipts (lib/action/idempotency.ts) are kept RECEIPT_KEEP_DAYS and then deleted by the
// nightly prune-receipts job; a key still kept answers its first outcome, one past it is gone.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { pruneActionReceipts, RECEIPT_KEEP_DAYS } from "@/lib/jobs/prune-receipts";
import { findJob } from "@/lib/jobs/registry";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const AT = new Date("2026-12-02T00:05:00+05:00");
const daysBefore = (d: number) => new Date(AT.getTime() - d * 86_400_000);

describe("prune-receipts", () => {
  it("deletes the receipts applied before the kept days, keeps the rest, and a second run deletes nothing", async () => {
    const person = await db.person.create({ data: { lastName: "Тәрбиеші", firstName: "Айгүл" } });
    const ages = [0, 1, RECEIPT_KEEP_DAYS - 1, RECEIPT_KEEP_DAYS + 1, 400];
    await db.actionReceipt.createMany({
      data: ages.map((d, i) => ({
        key: `k${i}`,
        action: "attendance.mark",
        personId: person.id,
        appliedAt: daysBefore(d),
        outcome: { ok: true },
      })),
    });
    const logs: string[] = [];
    const first = await pruneActionReceipts(AT, (m) => logs.push(m));
    expect(first.deleted).toBe(2);
    expect((await db.actionReceipt.findMany({ orderBy: { key: "asc" } })).map((r) => r.key)).toEqual([
      "k0",
      "k1",
      "k2",
    ]);
    expect(logs.join("\n")).toContain("2 receipt(s)");
    expect((await pruneActionReceipts(AT)).deleted).toBe(0);
    expect(await db.actionReceipt.count()).toBe(3);
  });

  it("is a scheduled job of the registry", () => {
    expect(findJob("prune-receipts")?.schedule).toEqual({ cron: "5 0 * * *", tz: "Asia/Almaty" });
  });
});
