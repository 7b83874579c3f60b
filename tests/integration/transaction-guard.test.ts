// In tests the global client refuses to be used inside one of its own interactive transactions (the
// query would wait for a second connection while the transaction holds the first: under a peak the pool
// runs dry). Every integration test thereby checks its transactions; this one checks the guard itself.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { disconnectPrisma } from "./helpers/db";

afterAll(disconnectPrisma);

describe("the global client inside a transaction", () => {
  it("is refused, while the transaction's own client works and the global one works again after it", async () => {
    await expect(prisma.$transaction(async () => prisma.organization.count())).rejects.toThrow(
      /prisma\.organization used inside a transaction/,
    );
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.organization.count();
        return prisma.$queryRaw`SELECT 1`;
      }),
    ).rejects.toThrow(/prisma\.\$queryRaw used inside a transaction/);
    const n = await prisma.$transaction(async (tx) => tx.organization.count());
    expect(await prisma.organization.count()).toBe(n);
  });

  it("also after an await deep inside the transaction, and for a nested transaction", async () => {
    const later = async () => {
      await new Promise((r) => setTimeout(r, 5));
      return prisma.$transaction(async (tx) => tx.organization.count());
    };
    await expect(prisma.$transaction(async () => later())).rejects.toThrow(
      /prisma\.\$transaction used inside/,
    );
  });
});
