// The demo's disputes under their lifecycle (docs/DEMO.md): the «Балапан» story's rejected dispute waits
// for the Kokshetau officer past its deadline, and the rule's job finds nothing more to annul than the
// seed did — an undecided dispute still excuses its month.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { seedDemo } from "@/prisma/seed/index";
import { setFileStorage } from "@/lib/storage/storage";
import { memoryStorage } from "./fixtures/queue-parent";
import { officerDisputes } from "@/lib/timesheet/dispute-officer";
import { runVoucherAnnulment } from "@/lib/jobs/voucher-annulment";

const db = getPrisma();
const TODAY = new Date("2026-11-22T12:00:00+05:00");
beforeAll(async () => {
  await resetDatabase();
  setFileStorage(memoryStorage());
  await seedDemo(db, { today: "2026-11-22" });
}, 300_000);
afterAll(async () => {
  setFileStorage(null);
  await disconnectPrisma();
});

describe("the demo's disputes", () => {
  it("an answered dispute was rejected and escalated; the Kokshetau officer sees the «Балапан» one overdue", async () => {
    expect(await db.timesheetDispute.count({ where: { answeredAt: { not: null }, status: "OPEN" } })).toBe(0);
    const kokshetau = await db.organization.findUniqueOrThrow({ where: { slug: "kokshetau-education" } });
    const officer = await db.membership.findFirstOrThrow({ where: { organizationId: kokshetau.id } });
    const rows = await officerDisputes(
      { actor: { personId: officer.personId } as never, organizationId: kokshetau.id },
      "escalated",
    );
    const story = rows.find((d) => d.days.includes("2026-09-15"));
    expect(story?.timesheet.month).toBe(9);
    expect(story!.decideBy!.getTime()).toBeLessThan(TODAY.getTime());
    expect(story!.answer).toContain("табель өзгеріссіз");
  });

  it("the annulment job on the demo's today annuls nothing the seed left active", async () => {
    const active = await db.voucher.count({ where: { status: "ACTIVE" } });
    const result = await runVoucherAnnulment(TODAY);
    expect(result.annulled).toBe(0);
    expect(await db.voucher.count({ where: { status: "ACTIVE" } })).toBe(active);
  });
});
