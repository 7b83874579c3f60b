import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase, testDatabaseUrl } from "./helpers/db";
import { makeDistrict, makeVoucherChild } from "./fixtures/voucher";

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
