// Publishing to a whole region takes seconds: a generated tree — a region, 3 districts, kindergartens with
// ~380 enrolled children and one verified parent each, 10 staff each — then one announcement to every
// kindergarten's parents, timed through the real operation (the transaction, the one INSERT … SELECT, the
// audit), with the review's count, the "read by X of Y" aggregate and a page of the read list.
// By default 30 kindergartens (11,400 parents); BQ_ANNOUNCEMENT_SCALE=region builds 300 (114,000 parents),
// the figure in docs/SCALING.md. The bulk rows are generated in SQL (generate_series), the tree with createMany.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { publishAnnouncement } from "@/lib/announcement/publish";
import { countReach } from "@/lib/announcement/resolve";
import { specOf } from "@/lib/announcement/audiences";
import { readCounts, receiptsPage } from "@/lib/announcement/queries";
import { unreadCount } from "@/lib/announcement/inbox";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";

const db = getPrisma();
const NOW = new Date("2026-11-30T06:00:00Z");
const REGION = process.env.BQ_ANNOUNCEMENT_SCALE === "region";
const KGS = REGION ? 300 : 30;
const CHILDREN = 380;
const STAFF = 10;

const author: Actor = {
  userId: "scale-user",
  personId: "scale-author",
  audience: "staff",
  displayName: "Author",
  mustChangePassword: false,
  memberships: [],
  educatorGroupIds: [],
  representedChildIds: [],
};
const ms = (t0: number) => Math.round(performance.now() - t0);
let fillMs = 0;

beforeAll(async () => {
  await resetDatabase();
  const t0 = performance.now();
  const territory = await db.territory.create({
    data: { code: "scale", kind: "REGION", nameKk: "Облыс", nameRu: "Область", nameEn: "Region" },
  });
  const org = (
    id: string,
    kind: "REGION_AUTHORITY" | "DISTRICT_AUTHORITY" | "KINDERGARTEN",
    parentId: string | null,
  ) => ({
    id,
    slug: id,
    kind,
    orgType: kind === "KINDERGARTEN" ? "state_kindergarten" : "education_department",
    shortNameKk: id,
    shortNameRu: id,
    fullNameKk: id,
    fullNameRu: id,
    territoryId: territory.id,
    parentId,
  });
  await db.organization.createMany({
    data: [
      org("sc-region", "REGION_AUTHORITY", null),
      ...[0, 1, 2].map((d) => org(`sc-d-${d}`, "DISTRICT_AUTHORITY", "sc-region")),
    ],
  });
  await db.organization.createMany({
    data: Array.from({ length: KGS }, (_, k) => org(`sc-kg-${k}`, "KINDERGARTEN", `sc-d-${k % 3}`)),
  });
  await db.group.createMany({
    data: Array.from({ length: KGS }, (_, k) => ({
      id: `sc-g-${k}`,
      organizationId: `sc-kg-${k}`,
      name: "Топ",
      birthYearFrom: 2021,
      birthYearTo: 2022,
      language: "KK" as const,
      capacity: CHILDREN,
    })),
  });
  await db.person.create({ data: { id: "scale-author", lastName: "Author", firstName: "A" } });
  await db.membership.create({
    data: { personId: "scale-author", organizationId: "sc-region", role: "AUTHORITY_ADMIN", arrivedAt: NOW },
  });
  // Children, their parents, enrolments and representative links; staff — in SQL, a statement each.
  await db.$executeRaw`
    INSERT INTO "Person" (id, "lastName", "firstName", "birthDate", "updatedAt")
    SELECT 'sc-c-' || k || '-' || i, 'Бала', 'К' || i, DATE '2022-01-01', now()
    FROM generate_series(0, ${KGS - 1}::int) k, generate_series(0, ${CHILDREN - 1}::int) i
    UNION ALL
    SELECT 'sc-p-' || k || '-' || i, 'Ата-ана', 'К' || i, DATE '1992-01-01', now()
    FROM generate_series(0, ${KGS - 1}::int) k, generate_series(0, ${CHILDREN - 1}::int) i
    UNION ALL
    SELECT 'sc-s-' || k || '-' || i, 'Қызметкер', 'К' || i, DATE '1985-01-01', now()
    FROM generate_series(0, ${KGS - 1}::int) k, generate_series(0, ${STAFF - 1}::int) i`;
  await db.$executeRaw`
    INSERT INTO "Enrolment" (id, "childId", "organizationId", "groupId", "orderNumber", "orderDate", "startsOn")
    SELECT 'sc-e-' || k || '-' || i, 'sc-c-' || k || '-' || i, 'sc-kg-' || k, 'sc-g-' || k, '1',
           DATE '2025-08-25', DATE '2025-09-01'
    FROM generate_series(0, ${KGS - 1}::int) k, generate_series(0, ${CHILDREN - 1}::int) i`;
  await db.$executeRaw`
    INSERT INTO "LegalRepresentative" (id, "childId", "representativeId", relation)
    SELECT 'sc-r-' || k || '-' || i, 'sc-c-' || k || '-' || i, 'sc-p-' || k || '-' || i, 'mother'
    FROM generate_series(0, ${KGS - 1}::int) k, generate_series(0, ${CHILDREN - 1}::int) i`;
  await db.$executeRaw`
    INSERT INTO "Membership" (id, "personId", "organizationId", role, "arrivedAt")
    SELECT 'sc-m-' || k || '-' || i, 'sc-s-' || k || '-' || i, 'sc-kg-' || k,
           (CASE WHEN i = 0 THEN 'KG_DIRECTOR' ELSE 'EDUCATOR' END)::"MemberRole", DATE '2024-09-01'
    FROM generate_series(0, ${KGS - 1}::int) k, generate_series(0, ${STAFF - 1}::int) i`;
  await db.$executeRawUnsafe("ANALYZE");
  fillMs = ms(t0);
}, 600_000);
afterAll(disconnectPrisma);

describe(`publishing to ${KGS} kindergartens' parents`, () => {
  it("stores every parent once in seconds; the figures of the pages stay fast", async () => {
    const spec = specOf(["kindergarten:parents"]);
    const pub = { organizationId: "sc-region", authorId: "scale-author", day: "2026-11-30" };

    let t0 = performance.now();
    const reach = await countReach(db, pub, spec);
    const reviewMs = ms(t0);
    expect(reach).toEqual({ total: KGS * CHILDREN, staff: 0, parents: KGS * CHILDREN });

    t0 = performance.now();
    const { id, recipients } = await publishAnnouncement(
      author,
      { id: "sc-region", kind: "REGION_AUTHORITY", timeZone: "Asia/Almaty" },
      {
        intent: "publish",
        organizationId: "sc-region",
        title: "Барлық ата-аналарға",
        body: "Мәтін",
        readBy: null,
        codes: ["kindergarten:parents"],
        orgIds: [],
      },
      NOW,
    );
    const publishMs = ms(t0);
    expect(recipients).toBe(KGS * CHILDREN);

    await db.$executeRaw`UPDATE "AnnouncementRecipient" SET "readAt" = ${NOW}
      WHERE "announcementId" = ${id} AND "personId" LIKE 'sc-p-%-1%'`;
    t0 = performance.now();
    const count = (await readCounts([id])).get(id)!;
    const countMs = ms(t0);
    expect(count.total).toBe(KGS * CHILDREN);

    t0 = performance.now();
    const page = await receiptsPage(id, { status: "unread", org: "sc-kg-7", page: 2 });
    const pageMs = ms(t0);
    expect(page.rows).toHaveLength(50);

    // The pages, read one organisation's recipients at a time, are the whole list's slices in its order:
    // at the start, across organisations' boundaries (380 a kindergarten: page 8 holds two), and past the end.
    for (const status of ["all", "read", "unread"] as const) {
      const all = await db.$queryRawUnsafe<{ personId: string }[]>(
        `SELECT r."personId" FROM "AnnouncementRecipient" r JOIN "Person" p ON p.id = r."personId"
         LEFT JOIN "Organization" o ON o.id = r."organizationId"
         WHERE r."announcementId" = $1 ${status === "read" ? 'AND r."readAt" IS NOT NULL' : status === "unread" ? 'AND r."readAt" IS NULL' : ""}
         ORDER BY COALESCE(o."shortNameKk", ''), COALESCE(r."organizationId", ''), p."lastName", p."firstName", r."personId"`,
        id,
      );
      for (const n of [1, 8, 15, Math.ceil(all.length / 50), Math.ceil(all.length / 50) + 1]) {
        const got = await receiptsPage(id, { status, page: n });
        expect(got.total).toBe(all.length);
        expect(got.rows.map((r) => r.personId)).toEqual(
          all.slice((n - 1) * 50, n * 50).map((r) => r.personId),
        );
      }
    }

    t0 = performance.now();
    expect(await unreadCount("sc-p-3-0")).toBe(1);
    const unreadMs = ms(t0);

    console.log(
      `announcements at scale: ${KGS} kindergartens, ${recipients} parents (tree filled in ${fillMs} ms): ` +
        `review count ${reviewMs} ms, publish ${publishMs} ms, read by X of Y ${countMs} ms, ` +
        `a page of the read list ${pageMs} ms, a parent's unread count ${unreadMs} ms`,
    );
    expect(publishMs).toBeLessThan(REGION ? 30_000 : 10_000);
  }, 300_000);
});
