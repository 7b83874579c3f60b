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

// Where the embedded default keeps its data (EMBEDDED_PG_DIR moves it, e.g. for a test).
export const embeddedDataDir = () =>
  path.resolve(process.env.EMBEDDED_PG_DIR ?? path.join(root, ".data", "pg"));

// The database to use: DATABASE_URL if set, else the embedded server with data under .data/.
export async function ensureDatabase({ log = console.log } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  log("Starting the embedded PostgreSQL (data in .data/pg)…");
  const server = await startEmbeddedPostgres({ dataDir: embeddedDataDir() });
  await createDatabase(server.url, "balabaqsha");
  return { url: databaseUrlFor(server.url, "balabaqsha"), stop: server.stop };
}

// The port of the embedded default server when it is running now (`npm start` in another terminal), else null.
export function runningEmbeddedPort(dataDir = embeddedDataDir()) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const [pid, , , port] = fs.readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
  } catch (e) {
    if (e.code !== "EPERM") return null; // a stale file: the server is not running
  }
  return Number(port) || null;
}

// The database a command line tool (a job, a backup) works on, as `npm start` would: DATABASE_URL if set;
// else the embedded default — the running one if `npm start` is up, otherwise started for the command and
// stopped after it (`stop`).
/** @param {{ log?: (message: string) => void }} [options] */
export async function connectDefaultDatabase({ log = () => {} } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const port = runningEmbeddedPort();
  if (port) {
    log(`Using the running embedded PostgreSQL on port ${port}.`);
    const url = `postgresql://postgres:password@localhost:${port}/postgres`;
    return { url: databaseUrlFor(url, "balabaqsha"), stop: async () => {} };
  }
  log("Starting the embedded PostgreSQL for this command (data in .data/pg)…");
  const server = await startEmbeddedPostgres({ dataDir: embeddedDataDir() });
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
