import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import zlib from "node:zlib";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase, testDatabaseUrl } from "./helpers/db";
import { makeApplication, makeKgManager, makeQueueDistrict } from "./fixtures/queue-places";
import { releasePlaces } from "@/lib/queue/places/release-place";
import { publishProtocol } from "@/lib/queue/protocol/publish";
import { backupDatabase, fingerprints, restoreDatabase } from "../../scripts/lib/backup.mjs";
import { createDatabase, databaseUrlFor, dropDatabase } from "../../scripts/lib/embedded-pg.mjs";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const root = path.resolve(__dirname, "../..");
const MIGRATIONS = path.join(root, "prisma", "migrations");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bq-backup-test-"));

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

// A fresh, empty database on the test server; dropped after the test.
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `bq_restore_${crypto.randomBytes(4).toString("hex")}`;
  const admin = databaseUrlFor(testDatabaseUrl(), "postgres");
  await createDatabase(admin, name);
  return { url: databaseUrlFor(testDatabaseUrl(), name), drop: () => dropDatabase(admin, name) };
}

// Some of everything: organisations, people, applications with choices, places, protocol events and a
// published day (jsonb, bigint ids from sequences), audit records.
async function someData() {
  const d = await makeQueueDistrict(db, "bak", [{ name: "Балапан" }, { name: "Қарлығаш" }]);
  const kg = d.kindergartens[0]!;
  await makeApplication(db, { territoryId: d.territory.id, birthYear: 2023, choices: [kg.id] });
  await releasePlaces(
    await makeKgManager(db, kg.id),
    { groupId: kg.group.id, birthYear: 2023, count: 2 },
    new Date("2026-11-23T10:00:00+05:00"),
  );
  await publishProtocol(new Date("2026-11-23T18:00:00+05:00"));
}

describe("backups (npm run db:backup / db:restore)", () => {
  it("restores into a fresh database every table with the same row count and checksum, and the sequences go on", async () => {
    await someData();
    const file = path.join(tmp, "one.bqbackup");
    const header = await backupDatabase(testDatabaseUrl(), file);
    expect(header.tables.find((t: { name: string }) => t.name === "ProtocolEvent")?.rows).toBeGreaterThan(0);
    const source = await withClient(testDatabaseUrl(), fingerprints);
    const target = await freshDatabase();
    try {
      const out = await restoreDatabase(target.url, file, MIGRATIONS);
      expect(out.mismatches).toEqual([]);
      expect(out.upgraded).toEqual([]);
      const restored = await withClient(target.url, fingerprints);
      expect(restored).toEqual(source);
      expect(Object.values(source).reduce((n, t) => n + t.rows, 0)).toBeGreaterThan(10);
      // A new protocol event gets the next id after the restored ones.
      await withClient(target.url, async (c) => {
        const max = (await c.query(`SELECT max(id)::int AS m FROM "ProtocolEvent"`)).rows[0].m;
        const place = (await c.query(`SELECT id, "organizationId" FROM "Place" LIMIT 1`)).rows[0];
        const next = await c.query(
          `INSERT INTO "ProtocolEvent" ("placeId", "organizationId", kind, at) VALUES ($1, $2, 'WITHDRAWN', now()) RETURNING id::int`,
          [place.id, place.organizationId],
        );
        expect(next.rows[0].id).toBe(max + 1);
      });
      // A database that is not empty is refused, and left as it is.
      await expect(restoreDatabase(target.url, file, MIGRATIONS)).rejects.toThrow(/not empty/);
      expect(await withClient(target.url, fingerprints)).not.toEqual({});
    } finally {
      await target.drop();
    }
  });

  it("a truncated backup fails the restore and leaves no rows behind", async () => {
    await someData();
    const file = path.join(tmp, "whole.bqbackup");
    await backupDatabase(testDatabaseUrl(), file);
    const text = zlib.gunzipSync(fs.readFileSync(file));
    const cut = path.join(tmp, "cut.bqbackup");
    // Cut just before the last table's end mark: a copy that stopped while being written.
    fs.writeFileSync(cut, zlib.gzipSync(text.subarray(0, text.lastIndexOf("\\.\n"))));
    const target = await freshDatabase();
    try {
      await expect(restoreDatabase(target.url, cut, MIGRATIONS)).rejects.toThrow(/ends inside table/);
      const after = await withClient(target.url, fingerprints);
      expect(Object.values(after).every((t) => t.rows === 0)).toBe(true);
    } finally {
      await target.drop();
    }
  });

  it("the npm commands work on DATABASE_URL as the docs write them", async () => {
    await someData();
    const file = path.join(tmp, "cli.bqbackup");
    const npm = (args: string[], url: string) =>
      spawnSync("npm", args, {
        cwd: root,
        encoding: "utf8",
        timeout: 120_000,
        env: { ...process.env, DATABASE_URL: url },
      });
    const b = npm(["run", "db:backup", "--", file], testDatabaseUrl());
    expect(b.status, b.stderr).toBe(0);
    expect(b.stdout).toMatch(/Backup written to/);
    const target = await freshDatabase();
    try {
      const r = npm(["run", "db:restore", "--", file], target.url);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/every row count and checksum matches the backup/);
    } finally {
      await target.drop();
    }
  }, 180_000);
});
