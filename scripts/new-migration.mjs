// Makes the next migration offline: Prisma's wasm schema engine diffs prisma/migrations/schema.snapshot.prisma → prisma/schema.prisma.
// Usage: node scripts/new-migration.mjs <name>    (writes prisma/migrations/<timestamp>_<name>/migration.sql)
//        node scripts/new-migration.mjs --check   (exit 1 if schema.prisma has changes without a migration)
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

// The wasm engine asks the database only this at start-up; a pure schema→schema diff needs no other query.
const PROBE = {
  columnNames: ["exists", "version", "numeric_version"],
  columnTypes: [5, 7, 0],
  rows: [[true, "PostgreSQL 15.0", 150000]],
};
function offlineAdapter() {
  const refuse = (what) => async (q) => {
    throw new Error(`offline schema engine tried to ${what} a database: ${q?.sql ?? q}`);
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    queryRaw: async (q) => (q.sql.includes("server_version_num") ? PROBE : refuse("query")(q)),
    executeRaw: refuse("write to"),
    executeScript: refuse("run a script on"),
    startTransaction: refuse("open a transaction on"),
    dispose: async () => {},
  };
}

let enginePromise;
// Loads @prisma/schema-engine-wasm without needing node's --experimental-wasm-modules flag.
async function loadEngineModule() {
  enginePromise ??= (async () => {
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bg = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
    const { instance } = await WebAssembly.instantiate(
      fs.readFileSync(path.join(dir, "schema_engine_bg.wasm")),
      {
        "./schema_engine_bg.js": bg,
      },
    );
    bg.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return bg;
  })();
  return enginePromise;
}

// Migration SQL that turns a database of schema `from` (null = empty database) into one of schema `to`; "" when none.
export async function diffSchemas(from, to) {
  const { SchemaEngine } = await loadEngineModule();
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => offlineAdapter(),
    connectToShadowDb: async () => offlineAdapter(),
  });
  const files = (content) => [{ path: "schema.prisma", content }];
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", to]] }, () => {}, factory);
  try {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: files(from) },
      to: { tag: "schemaDatamodel", files: files(to) },
      script: true,
      exitCode: true, // 2 = non-empty diff
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  } catch (e) {
    // Errors raised inside the adapter come back as "External error id#N".
    const inner = /External error id#(\d+)/.exec(e?.message ?? "");
    const cause = inner ? factory.errorRegistry.consumeError(Number(inner[1]))?.error : undefined;
    throw cause ?? e;
  } finally {
    engine.free();
  }
}

const timestamp = () => new Date().toISOString().replace(/\D/g, "").slice(0, 14);

async function main(args) {
  const schemaFile = path.join(root, "prisma", "schema.prisma");
  const migrationsDir = path.join(root, "prisma", "migrations");
  const snapshotFile = path.join(migrationsDir, "schema.snapshot.prisma");
  const existing = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir)
        .filter((d) => fs.existsSync(path.join(migrationsDir, d, "migration.sql")))
        .sort()
    : [];
  if (existing.length && !fs.existsSync(snapshotFile)) {
    throw new Error(`${snapshotFile} is missing: it must hold the schema the last migration was made from.`);
  }
  const schema = fs.readFileSync(schemaFile, "utf8");
  const snapshot = existing.length ? fs.readFileSync(snapshotFile, "utf8") : null;
  const sql = await diffSchemas(snapshot, schema);

  if (args[0] === "--check") {
    if (!sql) return console.log("prisma/schema.prisma matches the migrations' snapshot.");
    console.error(
      `prisma/schema.prisma has changes without a migration (run npm run db:new-migration -- <name>):\n${sql}`,
    );
    process.exitCode = 1;
    return;
  }
  const name = (args[0] ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!name) throw new Error("usage: node scripts/new-migration.mjs <name>  |  --check");
  if (!sql) return console.log("no changes: prisma/schema.prisma matches the last migration.");

  let stamp = timestamp();
  const last = existing.at(-1)?.slice(0, 14);
  if (last && stamp <= last) stamp = String(BigInt(last) + 1n); // keep lexical order even if the clock is behind
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  fs.writeFileSync(snapshotFile, schema);
  const lock = path.join(migrationsDir, "migration_lock.toml");
  if (!fs.existsSync(lock)) {
    fs.writeFileSync(
      lock,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  console.log(`created ${path.relative(root, dir)}/migration.sql`);
  if (/\bDROP\b|ALTER COLUMN .* TYPE/i.test(sql))
    console.log("warning: it drops or retypes something: review it for data loss.");
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e?.message ?? e);
    process.exit(1);
  });
}
