// `npm run db:restore -- <file> [--replace]`: restores a backup into the database (DATABASE_URL, or the
// embedded default). The target must be empty; --replace empties it first (stop the portal before).
// Checks every table's row count and checksum against the backup's and exits 1 on any difference.
import path from "node:path";
import { restoreDatabase } from "./lib/backup.mjs";
import { connectDefaultDatabase, root } from "./lib/prepare.mjs";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("usage: npm run db:restore -- <backup file> [--replace]");
  process.exit(1);
}
const db = await connectDefaultDatabase({ log: (m) => console.error(m) });
try {
  const out = await restoreDatabase(db.url, file, path.join(root, "prisma", "migrations"), {
    replace: args.includes("--replace"),
    log: (m) => console.log(m),
  });
  if (out.upgraded.length)
    console.log(`Newer migrations applied after the restore: ${out.upgraded.join(", ")}`);
  if (out.mismatches.length) {
    console.error(`Restored, but these tables differ from the backup: ${out.mismatches.join(", ")}`);
    process.exitCode = 1;
  } else
    console.log(
      `Restored ${out.header.tables.length} tables; every row count and checksum matches the backup.`,
    );
} catch (e) {
  console.error(`Restore failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  await db.stop();
}
