// `npm test`: typecheck, lint, unit tests, integration tests on a real Postgres, the Playwright
// journeys in Chromium against a freshly built portal on a fresh database, and the benchmark's smoke.
// Stops at the first failing step and exits non-zero.
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import crypto from "node:crypto";
import { run } from "./lib/run.mjs";
import { ensurePrismaClient, migrateAndSeed, root } from "./lib/prepare.mjs";
import { startEmbeddedPostgres, createDatabase, dropDatabase, databaseUrlFor } from "./lib/embedded-pg.mjs";
import { buildIsCurrent, markBuilt } from "./lib/build-stamp.mjs";

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const only = process.argv.slice(2);
const want = (step) => only.length === 0 || only.includes(step);
const started = Date.now();
const step = async (name, fn) => {
  if (!want(name)) return;
  const t0 = Date.now();
  console.log(`\n━━ ${name} ━━`);
  await fn();
  console.log(`━━ ${name}: ok (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
};

try {
  await ensurePrismaClient();
  await step("typecheck", () => run(bin("tsc"), ["--noEmit"], { cwd: root }));
  await step("lint", async () => {
    await run(bin("eslint"), [".", "--max-warnings=0"], { cwd: root });
    await run(bin("prettier"), ["--check", "--log-level=warn", "."], { cwd: root });
  });
  await step("unit", () => run(bin("vitest"), ["run", "--project", "unit"], { cwd: root }));
  await step("integration", () => run(bin("vitest"), ["run", "--project", "integration"], { cwd: root }));
  await step("e2e", e2e);
  await step("bench", benchSmoke);
  console.log(`\nAll test steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
} catch (e) {
  console.error(`\n${e.message}`);
  process.exit(e.exitCode || 1);
}

// A fresh database with the demo data, a production build, then Playwright (which starts the app).
async function e2e() {
  const name = `balabaqsha_e2e_${crypto.randomBytes(4).toString("hex")}`;
  let server = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "balabaqsha-e2e-pg-"));
    fs.chmodSync(dir, 0o777); // the embedded server runs as user "postgres" when we are root
    server = await startEmbeddedPostgres({
      dataDir: path.join(dir, "pg"),
      port: Number(process.env.PGPORT_E2E ?? 5436),
      persistent: false,
    });
    adminUrl = server.url;
  }
  await createDatabase(adminUrl, name);
  const url = databaseUrlFor(adminUrl, name);
  try {
    await migrateAndSeed(url, {});
    const env = { ...process.env, DATABASE_URL: url, NODE_ENV: "production" };
    if (!buildIsCurrent(root)) {
      await run(bin("next"), ["build"], { cwd: root, env });
      markBuilt(root);
    }
    // E2E_SPECS="tests/e2e/a.spec.ts tests/e2e/b.spec.ts" runs only those journeys (while developing).
    const specs = (process.env.E2E_SPECS ?? "").split(/\s+/).filter(Boolean);
    await run(bin("playwright"), ["test", ...specs], {
      cwd: root,
      env: { ...process.env, E2E_DATABASE_URL: url },
    });
  } finally {
    await dropDatabase(adminUrl, name).catch(() => {});
    await server?.stop();
  }
}

// The benchmark cannot rot (issue 14): the region generator at --scale 0.01 on a fresh database, then
// 2 s of every scenario against the production build (the e2e step's, when current); any error fails.
async function benchSmoke() {
  const name = `balabaqsha_bench_${crypto.randomBytes(4).toString("hex")}`;
  let server = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "balabaqsha-bench-pg-"));
    fs.chmodSync(dir, 0o777); // the embedded server runs as user "postgres" when we are root
    server = await startEmbeddedPostgres({
      dataDir: path.join(dir, "pg"),
      port: Number(process.env.PGPORT_BENCH_SMOKE ?? 5438),
      persistent: false,
    });
    adminUrl = server.url;
  }
  await createDatabase(adminUrl, name);
  const env = { ...process.env, DATABASE_URL: databaseUrlFor(adminUrl, name) };
  try {
    await run(bin("tsx"), [path.join(root, "bench", "data.mts"), "--scale", "0.01"], { cwd: root, env });
    await run(process.execPath, [path.join(root, "bench", "run.mjs"), "--smoke"], { cwd: root, env });
  } finally {
    await dropDatabase(adminUrl, name).catch(() => {});
    await server?.stop();
  }
}
