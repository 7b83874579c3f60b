// The demo's three announcements of the regional department: their recipients are stored as publishing
// resolves them (lib/announcement/resolve.ts) on each publication day, their reads are deterministic, the
// demo parent has the parents' announcement unread, and nothing was read after "today" began.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { seedDemo } from "@/prisma/seed/index";
import { setFileStorage } from "@/lib/storage/storage";
import { memoryStorage } from "./fixtures/queue-parent";
import { readAudiences, specOf } from "@/lib/announcement/audiences";
import { countReach } from "@/lib/announcement/resolve";

const db = getPrisma();
let counts: Record<string, number>;
beforeAll(async () => {
  await resetDatabase();
  setFileStorage(memoryStorage());
  counts = (await seedDemo(db, { today: "2026-11-30" })).counts;
}, 300_000);
afterAll(async () => {
  setFileStorage(null);
  await disconnectPrisma();
});

describe("the demo's announcements", () => {
  it("store the recipients publishing resolves, once each, with deterministic reads", async () => {
    const anns = await db.announcement.findMany({ orderBy: { publishedAt: "asc" } });
    expect(anns).toHaveLength(3);
    const figures: string[] = [];
    for (const a of anns) {
      const { codes } = readAudiences(a.audiences);
      const day = new Date(a.publishedAt!.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
      const reach = await countReach(
        db,
        { organizationId: a.organizationId, authorId: a.authorId, day },
        specOf(codes),
      );
      const [total, read] = await Promise.all([
        db.announcementRecipient.count({ where: { announcementId: a.id } }),
        db.announcementRecipient.count({ where: { announcementId: a.id, readAt: { not: null } } }),
      ]);
      expect(total, a.title).toBe(reach.total);
      expect(
        await db.announcementRecipient.count({ where: { announcementId: a.id, personId: a.authorId } }),
      ).toBe(0);
      figures.push(`${codes.join("+")}: ${read} of ${total}`);
    }
    expect(figures[0]).toMatch(/^subordinate:heads\+subordinate:admins: \d+ of \d+$/);
    expect(figures[2]).toMatch(
      /^own:heads\+own:deputies\+own:admins\+own:employees\+subordinate:heads: 6 of \d+$/,
    );
    expect(counts["announcement.1.recipients"]).toBeGreaterThan(20);
    expect(counts["announcement.3.recipients"]).toBeGreaterThan(500);
    // Nothing read after today began (Almaty).
    expect(
      await db.announcementRecipient.count({ where: { readAt: { gte: new Date("2026-11-29T19:00:00Z") } } }),
    ).toBe(0);
    console.log(`demo announcements: ${figures.join("; ")}`);
  });

  it("the demo parent has the parents' announcement unread", async () => {
    const parents = await db.announcement.findFirstOrThrow({
      where: { audiences: { equals: ["kindergarten:parents"] } },
    });
    const parent1 = await db.person.findFirstOrThrow({ where: { phone: "+77010000001" } });
    const row = await db.announcementRecipient.findUniqueOrThrow({
      where: { announcementId_personId: { announcementId: parents.id, personId: parent1.id } },
    });
    expect(row).toMatchObject({ readAt: null, via: "parent" });
  });
});
