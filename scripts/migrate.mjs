// `npm run db:migrate`: applies the migrations not applied yet to the database (DATABASE_URL, or the
// embedded default — the running one or started for the command), as `npm start` does before it serves;
// for an operator who migrates before starting, or a database the benchmark generated before a migration.
import path from "node:path";
import { applyMigrations } from "./lib/migrations.mjs";
import { connectDefaultDatabase, root } from "./lib/prepare.mjs";

const db = await connectDefaultDatabase({ log: (m) => console.error(m) });
try {
  const applied = await applyMigrations(db.url, path.join(root, "prisma", "migrations"), {
    log: console.log,
  });
  console.log(
    applied.length ? `Applied: ${applied.join(", ")}` : "Nothing to apply: the database is current.",
  );
} catch (e) {
  console.error(`Migration failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  await db.stop();
}
