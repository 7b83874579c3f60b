// Applies the migrations not applied yet to the database of DATABASE_URL (the app does the same at every
// start; this is for an operator who migrates before starting, or a database the benchmark generated
// before a new migration). Usage: DATABASE_URL=… npm run db:migrate
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations } from "./lib/migrations.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: the database to migrate.");
  process.exit(2);
}
const applied = await applyMigrations(url, path.join(root, "prisma", "migrations"), { log: console.log });
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Nothing to apply: the database is current.");
