// `npm run db:backup [-- <file>]`: a consistent backup of the database (DATABASE_URL, or the embedded
// default — the running one or started for the command) into backups/<time>.bqbackup (docs/BACKUP.md).
import path from "node:path";
import { backupDatabase } from "./lib/backup.mjs";
import { connectDefaultDatabase, root } from "./lib/prepare.mjs";

const file =
  process.argv[2] ?? path.join(root, "backups", `${new Date().toISOString().replace(/[:.]/g, "-")}.bqbackup`);
const db = await connectDefaultDatabase({ log: (m) => console.error(m) });
try {
  const header = await backupDatabase(db.url, file);
  const rows = header.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `Backup written to ${file}: ${header.tables.length} tables, ${rows} rows, schema at ${header.migrations.at(-1)}.`,
  );
} catch (e) {
  console.error(`Backup failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  await db.stop();
}
