// Fails when prisma/schema.prisma and prisma/migrations disagree.
// 1. Database A is built by applying the migrations, database B by the SQL Prisma's engine writes for the whole
//    schema (empty → schema.prisma). Their structures must match: tables, columns (type, nullability, default,
//    identity), primary/unique/foreign keys, indexes, enums (values compared as sets: Prisma appends new values),
//    sequences. Hand-written extras that schema.prisma cannot express (CHECK constraints, triggers, functions, views)
//    are allowed in migrations and not compared.
// 2. The snapshot the next migration will be diffed from (prisma/migrations/schema.snapshot.prisma) equals the schema.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, databaseUrlFor } from "../../scripts/lib/embedded-pg.mjs";
import { applyMigrations } from "../../scripts/lib/migrations.mjs";
import { diffSchemas } from "../../scripts/new-migration.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const migrationsDir = path.join(root, "prisma/migrations");
const schema = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");

const STRUCTURE = {
  tables: `SELECT relname AS name, relkind AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
  columns: `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
      a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default, a.attidentity AS identity, a.attgenerated AS generated
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, 2`,
  constraints: `SELECT c.relname AS table, co.conname AS name, co.contype AS type, pg_get_constraintdef(co.oid) AS definition
    FROM pg_constraint co JOIN pg_class c ON c.oid = co.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND co.contype IN ('p', 'u', 'f') ORDER BY 1, 2`,
  indexes: `SELECT tablename AS table, indexname AS name, indexdef AS definition FROM pg_indexes
    WHERE schemaname = 'public' ORDER BY 1, 2`,
  enums: `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumlabel) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY 1`,
  sequences: `SELECT sequencename AS name, data_type AS type, start_value::text AS start, increment_by::text AS increment
    FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
};

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// Schema-only structure of the public schema, without Prisma's bookkeeping table.
function structure(url: string) {
  return withClient(url, async (c) => {
    const out: Record<string, unknown[]> = {};
    for (const [key, sql] of Object.entries(STRUCTURE)) {
      out[key] = (await c.query(sql)).rows.filter(
        (r) => r.table !== "_prisma_migrations" && r.name !== "_prisma_migrations",
      );
    }
    return out;
  });
}

describe("schema.prisma and prisma/migrations", () => {
  const admin = inject("adminDatabaseUrl");
  const suffix = crypto.randomBytes(4).toString("hex");
  const [fromMigrations, fromSchema] = [`drift_migrations_${suffix}`, `drift_schema_${suffix}`];

  beforeAll(async () => {
    await createDatabase(admin, fromMigrations);
    await createDatabase(admin, fromSchema);
    await applyMigrations(databaseUrlFor(admin, fromMigrations), migrationsDir);
    const fullSql = await diffSchemas(null, schema);
    await withClient(databaseUrlFor(admin, fromSchema), (c) => c.query(fullSql));
  });

  afterAll(async () => {
    await dropDatabase(admin, fromMigrations);
    await dropDatabase(admin, fromSchema);
  });

  it("the migrations build the database schema.prisma describes (else: npm run db:new-migration -- <name>)", async () => {
    const [a, b] = [
      await structure(databaseUrlFor(admin, fromMigrations)),
      await structure(databaseUrlFor(admin, fromSchema)),
    ];
    expect(a.tables, "schema.prisma has no migrations at all").not.toHaveLength(0);
    expect(a).toEqual(b);
  });

  it("prisma/migrations/schema.snapshot.prisma is the current schema (else: npm run db:new-migration -- <name>)", async () => {
    const snapshotFile = path.join(migrationsDir, "schema.snapshot.prisma");
    expect(fs.existsSync(snapshotFile), `${snapshotFile} is missing`).toBe(true);
    expect(await diffSchemas(fs.readFileSync(snapshotFile, "utf8"), schema)).toBe("");
  });
});
