// Benchmark: the attendance table at scale. Fills a fresh database (embedded Postgres) with
// CHILDREN children × every working day of a school year, then times what the portal does most:
// an educator's month grid for a group, one mark (upsert), a parent's month snapshot, and a
// kindergarten's month summary. Usage: npm run bench:attendance [-- --children 8000]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres, createDatabase, databaseUrlFor } from "../scripts/lib/embedded-pg.mjs";
import { applyMigrations } from "../scripts/lib/migrations.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const CHILDREN = arg("children", 8000);
const PER_GROUP = 25;
const GROUPS_PER_KG = 8;
const RUNS = arg("runs", 200);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bq-bench-"));
fs.chmodSync(dir, 0o777);
const server = await startEmbeddedPostgres({
  dataDir: path.join(dir, "pg"),
  port: arg("port", 5498),
  persistent: false,
});
await createDatabase(server.url, "bench");
const url = databaseUrlFor(server.url, "bench");
const db = new pg.Client({ connectionString: url });

async function timeIt(label, fn) {
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(2);
  console.log(`${label.padEnd(44)} p50 ${q(0.5)} ms  p95 ${q(0.95)} ms  p99 ${q(0.99)} ms  (${RUNS} runs)`);
}

try {
  await applyMigrations(url, path.join(root, "prisma", "migrations"));
  await db.connect();
  const groups = Math.ceil(CHILDREN / PER_GROUP);
  const kgs = Math.ceil(groups / GROUPS_PER_KG);
  const t0 = Date.now();
  await db.query(
    `INSERT INTO "Territory"(id, kind, code, "nameKk", "nameRu", "nameEn") VALUES ('t', 'DISTRICT', 't', 't', 't', 't')`,
  );
  await db.query(
    `INSERT INTO "Organization"(id, slug, kind, "orgType", "shortNameKk", "shortNameRu", "fullNameKk", "fullNameRu", "territoryId")
    SELECT 'kg' || k, 'kg' || k, 'KINDERGARTEN', 'state', 'k', 'k', 'k', 'k', 't' FROM generate_series(1, $1) k`,
    [kgs],
  );
  await db.query(
    `INSERT INTO "Group"(id, "organizationId", name, "birthYearFrom", "birthYearTo", language, capacity)
    SELECT 'g' || g, 'kg' || ((g - 1) / ${GROUPS_PER_KG} + 1), 'g', 2022, 2022, 'KK', 30 FROM generate_series(1, $1) g`,
    [groups],
  );
  await db.query(
    `INSERT INTO "Person"(id, "lastName", "firstName", "updatedAt") SELECT 'c' || c, 'c', 'c', now() FROM generate_series(1, $1) c`,
    [CHILDREN],
  );
  await db.query(
    `INSERT INTO "Person"(id, "lastName", "firstName", "updatedAt") VALUES ('edu', 'e', 'e', now())`,
  );
  await db.query(
    `INSERT INTO "Enrolment"(id, "childId", "organizationId", "groupId", "orderNumber", "orderDate", "startsOn")
    SELECT 'e' || c, 'c' || c, 'kg' || (((c - 1) / ${PER_GROUP}) / ${GROUPS_PER_KG} + 1), 'g' || ((c - 1) / ${PER_GROUP} + 1), '1', '2026-08-25', '2026-09-01' FROM generate_series(1, $1) c`,
    [CHILDREN],
  );
  // Every weekday of the school year, 85 % present.
  await db.query(
    `INSERT INTO "AttendanceMark"("childId", "organizationId", "groupId", date, status, reason, "markedById")
    SELECT 'c' || c, 'kg' || (((c - 1) / ${PER_GROUP}) / ${GROUPS_PER_KG} + 1), 'g' || ((c - 1) / ${PER_GROUP} + 1), d::date,
      CASE WHEN random() < 0.85 THEN 'PRESENT' ELSE 'ABSENT' END::"AttendanceStatus", NULL, 'edu'
    FROM generate_series(1, $1) c, generate_series('2026-09-01'::date, '2027-05-31'::date, '1 day') d
    WHERE extract(isodow FROM d) < 6`,
    [CHILDREN],
  );
  await db.query(`ANALYZE`);
  const {
    rows: [{ n }],
  } = await db.query(`SELECT count(*)::int AS n FROM "AttendanceMark"`);
  const {
    rows: [{ size }],
  } = await db.query(`SELECT pg_size_pretty(pg_total_relation_size('"AttendanceMark"')) AS size`);
  console.log(
    `Filled ${n.toLocaleString("en")} marks for ${CHILDREN} children, ${groups} groups, ${kgs} kindergartens in ${((Date.now() - t0) / 1000).toFixed(1)} s; table + indexes ${size}`,
  );

  const rnd = (n) => 1 + Math.floor(Math.random() * n);
  await timeIt("group month grid (marks of a group, a month)", () =>
    db.query(
      `SELECT * FROM "AttendanceMark" WHERE "groupId" = $1 AND date BETWEEN '2027-02-01' AND '2027-02-28'`,
      [`g${rnd(groups)}`],
    ),
  );
  await timeIt("one mark (upsert by child and day)", (i) =>
    db.query(
      `INSERT INTO "AttendanceMark"("childId", "organizationId", "groupId", date, status, "markedById") VALUES ($1, 'kg1', 'g1', '2027-03-03', 'ABSENT', 'edu')
      ON CONFLICT ("childId", date) DO UPDATE SET status = EXCLUDED.status, version = "AttendanceMark".version + 1`,
      [`c${(i % CHILDREN) + 1}`],
    ),
  );
  await timeIt("parent's month snapshot (child, kindergarten, month)", () =>
    db.query(
      `SELECT date, status, reason FROM "AttendanceMark" WHERE "childId" = $1 AND "organizationId" = $2 AND date BETWEEN '2026-10-01' AND '2026-10-31' ORDER BY date`,
      [`c${rnd(PER_GROUP * GROUPS_PER_KG)}`, "kg1"],
    ),
  );
  await timeIt("kindergarten month summary (counts by group)", () =>
    db.query(
      `SELECT "groupId", status, count(*) FROM "AttendanceMark" WHERE "organizationId" = $1 AND date BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY 1, 2`,
      [`kg${rnd(kgs)}`],
    ),
  );
} finally {
  await db.end().catch(() => {});
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
