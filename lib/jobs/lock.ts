import "server-only";
import pg from "pg";
import { env } from "@/lib/env";

// Runs fn while holding a Postgres advisory lock named after the job, on a connection of its own,
// so the same job never runs twice at once (the scheduler on several servers, the command line).
// Returns { busy: true } without running fn when another run holds the lock.
export async function withJobLock<T>(
  name: string,
  fn: () => Promise<T>,
): Promise<{ busy: true } | { busy: false; value: T }> {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const client = new pg.Client({ connectionString: url, application_name: `balabaqsha-job:${name}` });
  await client.connect();
  try {
    const key = `balabaqsha-job:${name}`;
    const { rows } = await client.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_lock(hashtext($1)) AS locked",
      [key],
    );
    if (!rows[0]?.locked) return { busy: true };
    try {
      return { busy: false, value: await fn() };
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [key]);
    }
  } finally {
    await client.end();
  }
}
