// Vitest globalSetup for integration tests: a fresh, migrated database per run (DATABASE_URL's server, or embedded Postgres).
import fs from "node:fs";
import os from "node:os";
import net from "node:net";
import path from "node:path";
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import {
  startEmbeddedPostgres,
  createDatabase,
  dropDatabase,
  databaseUrlFor,
} from "../../scripts/lib/embedded-pg.mjs";
import { applyMigrations } from "../../scripts/lib/migrations.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of this run's migrated test database. */
    databaseUrl: string;
    /** URL of a database on the same server, for tests that create scratch databases. */
    adminDatabaseUrl: string;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

// Regenerates lib/generated/prisma when it is missing or older than the schema.
function ensurePrismaClient() {
  const schema = path.join(root, "prisma/schema.prisma");
  const client = path.join(root, "lib/generated/prisma/client.ts");
  if (fs.existsSync(client) && fs.statSync(client).mtimeMs >= fs.statSync(schema).mtimeMs) return;
  const r = spawnSync(process.execPath, [path.join(root, "scripts/prisma-generate.mjs")], {
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error("prisma generate failed");
}

// Starts the server (if needed), creates and migrates balabaqsha_test_<random>; the returned function tears it down.
export default async function setup(project: TestProject) {
  ensurePrismaClient();
  const originalUrl = process.env.DATABASE_URL;
  let adminUrl = originalUrl;
  let stopServer = async () => {};
  let tmpDir: string | undefined;
  if (!adminUrl) {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "balabaqsha-pg-"));
    fs.chmodSync(tmpDir, 0o755); // as root, Postgres runs as user "postgres" and must reach its data dir
    const port = process.env.PGPORT_TEST ? Number(process.env.PGPORT_TEST) : await freePort();
    try {
      const server = await startEmbeddedPostgres({
        dataDir: path.join(tmpDir, "pg"),
        port,
        persistent: false,
      });
      adminUrl = server.url;
      stopServer = server.stop;
    } catch (e) {
      fs.rmSync(tmpDir, { recursive: true, force: true });
      throw e;
    }
  }
  const name = `balabaqsha_test_${crypto.randomBytes(4).toString("hex")}`;
  await createDatabase(adminUrl, name);
  const databaseUrl = databaseUrlFor(adminUrl, name);
  await applyMigrations(databaseUrl, path.join(root, "prisma/migrations"));

  process.env.DATABASE_URL = databaseUrl; // inherited by test workers, so lib/ code that reads it uses the test DB
  project.provide("databaseUrl", databaseUrl);
  project.provide("adminDatabaseUrl", adminUrl);

  return async () => {
    await dropDatabase(adminUrl!, name).catch((e) => console.error(`could not drop ${name}:`, e));
    await stopServer();
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
    if (originalUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = originalUrl;
  };
}
