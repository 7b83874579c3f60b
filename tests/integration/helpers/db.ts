// Database access for integration tests: a PrismaClient on this run's test database, and a reset between tests.
import { inject } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// URL of the migrated test database made by tests/integration/global-setup.ts.
export const testDatabaseUrl = (): string => inject("databaseUrl");

let client: PrismaClient | undefined;

// The shared PrismaClient of this test file (connected lazily).
export function getPrisma(): PrismaClient {
  process.env.DATABASE_URL = testDatabaseUrl();
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: testDatabaseUrl() }) });
  return client;
}

// Empties every table of the public schema except _prisma_migrations (identities restart).
export async function resetDatabase(): Promise<void> {
  const prisma = getPrisma();
  const rows = await prisma.$queryRaw<{ name: string }[]>`
    SELECT quote_ident(tablename) AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (rows.length)
    await prisma.$executeRawUnsafe(
      `TRUNCATE TABLE ${rows.map((r) => r.name).join(", ")} RESTART IDENTITY CASCADE`,
    );
}

// Closes the shared client (call in afterAll).
export async function disconnectPrisma(): Promise<void> {
  await client?.$disconnect();
  client = undefined;
}
