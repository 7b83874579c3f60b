import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase, testDatabaseUrl } from "./helpers/db";
import { makeDistrict, makeVoucherChild } from "./fixtures/voucher";
import { createDatabase, databaseUrlFor, startEmbeddedPostgres } from "../../scripts/lib/embedded-pg.mjs";
import { applyMigrations } from "../../scripts/lib/migrations.mjs";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const root = path.resolve(__dirname, "../..");
// `npm run job -- …` as a person types it (tsx scripts/job.ts …) against the test database.
function job(...args: string[]) {
  const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/job.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), JOBS_ENABLED: "0" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("npm run job", () => {
  it("runs a job once at --at, prints what it did, and refuses a bad --at or name without changing anything", async () => {
    const {
      kgs: [A],
    } = await makeDistrict(db, [{ name: "Балапан" }]);
    const { voucher } = await makeVoucherChild(db, {
      name: "Жойылатын",
      stays: [{ kg: A!, from: "2026-09-01" }],
      sheets: [
        { kg: A!, month: 10, status: "NOT_CONFIRMED" },
        { kg: A!, month: 11, status: "OPEN" },
      ],
    });

    for (const bad of [
      ["voucher-annulment", "--at", "2026-12-11"],
      ["voucher-annulment", "--at", "2026-02-30T00:05+05:00"],
      ["no-such-job"],
    ]) {
      const r = job(...bad);
      expect(r.code, `${bad.join(" ")}: ${r.err}`).toBe(1);
    }
    expect(await db.auditLog.count()).toBe(0);

    const list = job("--list");
    expect(list.out).toMatch(/close-window\t5 0 \* \* \* \(Asia\/Almaty\)/);

    const run = job("voucher-annulment", "--at", "2026-12-11T00:05+05:00");
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(`${voucher.number} annulled (10.2026, 11.2026 not confirmed)`);
    expect(run.out).toMatch(/voucher-annulment at 2026-12-10T19:05:00.000Z: .*"annulled":1/);
    expect((await db.voucher.findUniqueOrThrow({ where: { id: voucher.id } })).status).toBe("ANNULLED");
  }, 120_000);
});

describe("the README's job line on the embedded default database", () => {
  // As README.md writes it.
  const README_LINE = ["run", "job", "--", "voucher-annulment", "--at", "2026-12-11T00:05+05:00"];

  it("works as written with `npm start`'s database running, and starts (then stops) it when it is not", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bq-readme-job-"));
    fs.chmodSync(dir, 0o777); // the embedded server runs as user "postgres" when we are root
    const dataDir = path.join(dir, "pg");
    const port = 5600 + Math.floor(Math.random() * 300);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      EMBEDDED_PG_DIR: dataDir,
      PGPORT_EMBEDDED: String(port),
    };
    delete env.DATABASE_URL;
    const npmJob = () =>
      spawnSync("npm", README_LINE, { cwd: root, encoding: "utf8", timeout: 120_000, env });

    // `npm start` starts the embedded server on .data/pg and migrates it; here with the data elsewhere.
    const server = await startEmbeddedPostgres({ dataDir, port });
    try {
      await createDatabase(server.url, "balabaqsha");
      await applyMigrations(
        databaseUrlFor(server.url, "balabaqsha"),
        path.join(root, "prisma", "migrations"),
      );
      const running = npmJob();
      expect(running.status, running.stderr).toBe(0);
      expect(running.stdout).toMatch(/voucher-annulment/);
      expect(running.stderr).toMatch(new RegExp(`running embedded PostgreSQL on port ${port}`));
    } finally {
      await server.stop();
    }
    const stopped = npmJob();
    expect(stopped.status, stopped.stderr).toBe(0);
    expect(stopped.stderr).toMatch(/Starting the embedded PostgreSQL/);
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false); // stopped after the command
    fs.rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});
