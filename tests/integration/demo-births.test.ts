// The demo's civil registry: every child on record has a birth record naming the mother and father
// among their representatives, and one guardian's claim waits for the Kokshetau officer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { seedDemo } from "@/prisma/seed/index";
import { setFileStorage } from "@/lib/storage/storage";
import { memoryStorage } from "./fixtures/queue-parent";

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

describe("the demo's birth records", () => {
  it("name the mother and father on record, never a guardian, for every child with representatives", async () => {
    const [row] = await db.$queryRaw<{ children: bigint; records: bigint; wrong: bigint }[]>`
      SELECT
        (SELECT count(DISTINCT r."childId") FROM "LegalRepresentative" r
           JOIN "Person" c ON c.id = r."childId" WHERE c.iin IS NOT NULL AND c."birthDate" IS NOT NULL) AS children,
        (SELECT count(*) FROM "BirthRecord") AS records,
        (SELECT count(*) FROM "BirthRecord" b JOIN "Person" c ON c.iin = b."childIin"
           JOIN "LegalRepresentative" r ON r."childId" = c.id JOIN "Person" p ON p.id = r."representativeId"
           WHERE (p.iin = b."motherIin" OR p.iin = b."fatherIin") AND r.relation NOT IN ('mother', 'father')) AS wrong`;
    expect(Number(row!.records)).toBe(Number(row!.children));
    expect(Number(row!.records)).toBeGreaterThan(100);
    expect(Number(row!.wrong)).toBe(0);
  });

  it("leave one guardian's claim with its document pending, not named in the birth record", async () => {
    const pending = await db.legalRepresentative.findMany({
      where: { status: "PENDING" },
      include: { child: true, representative: true, document: true },
    });
    expect(pending).toHaveLength(1);
    const [link] = pending;
    expect(link!.relation).toBe("guardian");
    expect(link!.document?.mimeType).toBe("application/pdf");
    const record = await db.birthRecord.findUniqueOrThrow({ where: { childIin: link!.child.iin! } });
    expect([record.motherIin, record.fatherIin]).not.toContain(link!.representative.iin);
  });
});
