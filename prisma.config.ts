// Prisma 7 CLI configuration: where the schema and migrations are, and the database URL (absent is fine for `generate`).
import { defineConfig } from "prisma/config";

try {
  process.loadEnvFile(); // .env, if there is one (Prisma 7 no longer loads it itself)
} catch {}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL },
});
