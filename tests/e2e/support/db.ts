import pg from "pg";

// Reads the e2e database directly (the demo data the app was started with) — for fixtures only.
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the e2e tests through `npm test`");
  const host = new URL(url).hostname;
  // Never run fixtures against anything but a local database.
  if (!["localhost", "127.0.0.1", "::1"].includes(host)) throw new Error(`refusing to use a non-local database (${host})`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

// The IIN linked to a demo parent's phone in the mobile-citizens registry.
export async function iinForPhone(phone: string): Promise<string> {
  const rows = await query<{ iin: string }>(`SELECT iin FROM "MobileCitizen" WHERE phone = $1 ORDER BY "createdAt" LIMIT 1`, [phone]);
  if (!rows[0]) throw new Error(`no demo parent with phone ${phone}`);
  return rows[0].iin;
}
