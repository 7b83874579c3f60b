import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { audit } from "@/lib/audit/audit";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

describe("audit", () => {
  it("records who, what, before and after in the change's transaction", async () => {
    const person = await db.person.create({ data: { lastName: "Бекова", firstName: "Сая" } });
    await db.$transaction(async (tx) => {
      const before = await tx.person.findUniqueOrThrow({ where: { id: person.id } });
      const after = await tx.person.update({ where: { id: person.id }, data: { firstName: "Салтанат" } });
      await audit(tx, {
        actorPersonId: person.id,
        action: "contingent.person_update",
        entityType: "Person",
        entityId: person.id,
        before,
        after,
      });
    });
    const rec = await db.auditLog.findFirstOrThrow();
    expect(rec.action).toBe("contingent.person_update");
    expect((rec.before as { firstName: string }).firstName).toBe("Сая");
    expect((rec.after as { firstName: string }).firstName).toBe("Салтанат");
  });

  it("leaves no record when the change rolls back, and no change without its record", async () => {
    const person = await db.person.create({ data: { lastName: "Бекова", firstName: "Сая" } });
    await expect(
      db.$transaction(async (tx) => {
        await tx.person.update({ where: { id: person.id }, data: { firstName: "X" } });
        await audit(tx, {
          actorPersonId: null,
          action: "contingent.person_update",
          entityType: "Person",
          entityId: person.id,
        });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await db.auditLog.count()).toBe(0);
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).firstName).toBe("Сая");
  });
});
