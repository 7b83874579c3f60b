// Everything before the app can serve: Prisma client, database, migrations, demo data.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres, createDatabase, databaseUrlFor } from "./embedded-pg.mjs";
import { applyMigrations } from "./migrations.mjs";
import { run } from "./run.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

// Generates the Prisma client when it is missing or older than the schema.
export async function ensurePrismaClient() {
  const client = path.join(root, "lib", "generated", "prisma", "client.ts");
  const schema = path.join(root, "prisma", "schema.prisma");
  if (fs.existsSync(client) && fs.statSync(client).mtimeMs >= fs.statSync(schema).mtimeMs) return;
  await run(process.execPath, [path.join(root, "scripts", "prisma-generate.mjs")], { cwd: root });
}

// The database to use: DATABASE_URL if set, else the embedded server with data under .data/.
export async function ensureDatabase({ log = console.log } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  log("Starting the embedded PostgreSQL (data in .data/pg)…");
  const server = await startEmbeddedPostgres({ dataDir: path.join(root, ".data", "pg") });
  await createDatabase(server.url, "balabaqsha");
  return { url: databaseUrlFor(server.url, "balabaqsha"), stop: server.stop };
}

// Applies pending migrations, then loads the demo data if it is not there yet.
export async function migrateAndSeed(url, { today, seed = true, log = console.log } = {}) {
  const applied = await applyMigrations(url, path.join(root, "prisma", "migrations"));
  if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
  if (!seed) return;
  // react-server: the seed publishes the protocol through server-only modules.
  const args = [
    "--conditions=react-server",
    path.join(root, "prisma", "seed.ts"),
    ...(today ? ["--today", today] : []),
  ];
  await run(bin("tsx"), args, { cwd: root, env: { ...process.env, DATABASE_URL: url } });
}
