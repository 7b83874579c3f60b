// Applies prisma/migrations/*/migration.sql like `prisma migrate deploy` (same _prisma_migrations table), using pg only.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";

// Prisma's own advisory-lock key, so this and `prisma migrate deploy` also exclude each other.
const LOCK_KEY = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

const sha256 = (text) => crypto.createHash("sha256").update(text).digest("hex");

// The migrations on disk, in the order they apply: [{ name, sql, checksum }].
export function readMigrations(migrationsDir) {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(migrationsDir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: sha256(sql) };
    });
}

// Applies the not-yet-applied migrations (each in its own transaction) under an advisory lock; returns their names.
// `only`: apply just these (a restore first builds the schema a backup was taken at).
/** @param {{ log?: (message: string) => void, only?: Set<string> }} [options] */
export async function applyMigrations(databaseUrl, migrationsDir, { log = () => {}, only } = {}) {
  const migrations = readMigrations(migrationsDir).filter((m) => !only || only.has(m.name));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at, logs FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    const failed = rows.filter((r) => r.finished_at === null);
    if (failed.length) {
      throw new Error(
        `Database has failed migrations: ${failed.map((r) => r.migration_name).join(", ")}. ` +
          `Fix the database by hand, then mark them rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() ...).`,
      );
    }
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    for (const m of migrations) {
      const old = applied.get(m.name);
      if (old && old !== m.checksum && old !== sha256(m.sql.replace(/\r\n/g, "\n"))) {
        throw new Error(
          `Migration ${m.name} was changed after it was applied (checksum ${old} in the database, ${m.checksum} on disk). ` +
            `Never edit an applied migration: restore it and add a new one.`,
        );
      }
    }
    const onDisk = new Set(migrations.map((m) => m.name));
    const unknown = [...applied.keys()].filter((n) => !onDisk.has(n));
    if (unknown.length)
      log(`warning: applied migrations missing from ${migrationsDir}: ${unknown.join(", ")}`);

    const done = [];
    for (const m of migrations.filter((m) => !applied.has(m.name))) {
      log(`applying ${m.name}`);
      try {
        await client.query("BEGIN");
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
          [crypto.randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        const where = e.position ? ` (at line ${m.sql.slice(0, Number(e.position)).split("\n").length})` : "";
        throw new Error(`Migration ${m.name} failed${where}: ${e.message}`, { cause: e });
      }
      done.push(m.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
