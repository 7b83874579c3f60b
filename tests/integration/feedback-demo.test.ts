// The demo's feedback block: the Kokshetau city department takes electronic appeals (its e-mail is
// confirmed), its inbox holds an appeal of every status, and its public questions and answers are filled.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { seedDemo } from "@/prisma/seed/index";
import { setFileStorage } from "@/lib/storage/storage";
import { memoryStorage } from "./fixtures/queue-parent";
import { appealsOpen } from "@/lib/feedback/rules";
import { appealCounts } from "@/lib/feedback/appeals";
import { adminQuestions, publicQuestions } from "@/lib/feedback/questions";

const db = getPrisma();
beforeAll(async () => {
  await resetDatabase();
  setFileStorage(memoryStorage());
  await seedDemo(db, { today: "2026-11-30" });
}, 300_000);
afterAll(async () => {
  setFileStorage(null);
  await disconnectPrisma();
});

describe("the demo's feedback", () => {
  it("the Kokshetau department takes appeals and has an inbox and public answers", async () => {
    const org = await db.organization.findUniqueOrThrow({
      where: { slug: "kokshetau-education" },
      include: { settings: true },
    });
    expect(appealsOpen(org.settings)).toBe(true);
    expect(org.settings?.receptionRulesRu).toBeTruthy();
    expect(await appealCounts(org.id)).toEqual({ NEW: 1, IN_PROGRESS: 1, ANSWERED: 1 });
    expect((await publicQuestions(org.id)).length).toBe(2);
    expect((await adminQuestions(org.id))[0]!.answer).toBeNull();
    // Another district has not confirmed its e-mail: its appeals are off.
    const other = await db.organizationSettings.findFirstOrThrow({
      where: { organization: { kind: "DISTRICT_AUTHORITY", slug: { not: "kokshetau-education" } } },
    });
    expect(appealsOpen(other)).toBe(false);
    // Nothing in the demo is dated after "today" began.
    const late = await db.appeal.count({ where: { createdAt: { gte: new Date("2026-11-29T19:00:00Z") } } });
    expect(late).toBe(0);
  });
});
