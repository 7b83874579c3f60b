import pg from "pg";

// Reads the e2e database directly (the demo data the app was started with) — for fixtures only.
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the e2e tests through `npm test`");
  const host = new URL(url).hostname;
  // Never run fixtures against anything but a local database.
  if (!["localhost", "127.0.0.1", "::1"].includes(host))
    throw new Error(`refusing to use a non-local database (${host})`);
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
  const rows = await query<{ iin: string }>(
    `SELECT iin FROM "MobileCitizen" WHERE phone = $1 ORDER BY "createdAt" LIMIT 1`,
    [phone],
  );
  if (!rows[0]) throw new Error(`no demo parent with phone ${phone}`);
  return rows[0].iin;
}

// A demo parent's phone that no other journey uses (one-time codes are limited to one a minute per
// phone): the n-th parent of the mobile-citizens registry, beyond the documented demo parents, with
// no active queue application. Each journey takes its own n.
export async function spareParentPhone(n: number): Promise<string> {
  const [row] = await query<{ phone: string }>(
    `
    SELECT DISTINCT mc.phone FROM "MobileCitizen" mc JOIN "Person" p ON p.iin = mc.iin
    JOIN "LegalRepresentative" lr ON lr."representativeId" = p.id
    WHERE mc.phone NOT IN ('+77010000001', '+77010000002', '+77010000003')
      AND NOT EXISTS (SELECT 1 FROM "QueueApplication" a WHERE a."applicantId" = p.id AND a.status IN ('WAITING', 'REFERRED'))
    ORDER BY mc.phone OFFSET $1 LIMIT 1`,
    [n],
  );
  if (!row) throw new Error(`no spare demo parent number ${n}`);
  return row.phone;
}
